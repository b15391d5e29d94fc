package org.specloop.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The remembered classes and readers give what Axon's serializer gives: the class, Unknown for a missing one, the payload. */
class CachingJacksonSerializerTest {
    record Sample(String lotId, List<Double> values) {
    }

    private final CachingJacksonSerializer serializer =
            new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(new ObjectMapper()));

    @Test
    void a_known_type_is_its_class_every_time_and_an_unknown_one_stays_unknown() {
        SimpleSerializedType sample = new SimpleSerializedType(Sample.class.getName(), null);
        assertThat(serializer.classForType(sample)).isEqualTo(Sample.class);
        assertThat(serializer.classForType(sample)).isEqualTo(Sample.class);
        SimpleSerializedType missing = new SimpleSerializedType("org.specloop.NoSuchEvent", null);
        assertThat(serializer.classForType(missing)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(missing)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
    }

    @Test
    void payloads_read_back_with_the_remembered_reader() {
        for (int i = 0; i < 3; i++) {
            SerializedObject<byte[]> bytes = serializer.serialize(new Sample("LOT-" + i, List.of(1.25, 1649.5)), byte[].class);
            Sample back = serializer.deserialize(bytes);
            assertThat(back).isEqualTo(new Sample("LOT-" + i, List.of(1.25, 1649.5)));
        }
    }
}
