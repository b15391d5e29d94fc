package org.specloop.readside.shared;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aValueIsWrittenAndReadBack() {
        String text = Json.write(mapper, List.of("whsec_a", "whsec_b"));

        assertThat(text).isEqualTo("[\"whsec_a\",\"whsec_b\"]");
        assertThat(Json.read(mapper, text, new TypeReference<List<String>>() { })).containsExactly("whsec_a", "whsec_b");
    }

    @Test
    void nullStaysNullBothWays() {
        assertThat(Json.write(mapper, null)).isNull();
        assertThat(Json.read(mapper, null, String.class)).isNull();
        assertThat(Json.read(mapper, null, new TypeReference<List<String>>() { })).isNull();
    }

    @Test
    void unreadableTextIsADefectNamedByItsTypeNotByItsContent() {
        assertThatThrownBy(() -> Json.read(mapper, "[\"whsec_secret\"", new TypeReference<List<String>>() { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("List<java.lang.String>")
                .hasMessageNotContaining("whsec_secret");
    }
}
