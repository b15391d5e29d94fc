package org.specloop.command.sourcing.policy;

import org.specloop.command.axon.RequalificationTemplateFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.specloop.command.sourcing.RequalificationPlanner;
import org.specloop.contracts.change.ChangeTrigger;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The saga store keeps sagas as JSON: its state must survive the round trip, its collaborators must not be in it. */
class RequalificationSagaJsonTest {

    @Test
    void theSagaStateSurvivesTheJacksonSerializerOfTheSagaStore() {
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.send(any())).thenReturn(CompletableFuture.completedFuture(null));
        DeadlineManager deadlines = mock(DeadlineManager.class);
        when(deadlines.schedule(any(Instant.class), eq(RequalificationSaga.DUE_DEADLINE))).thenReturn("deadline-1");
        RequalificationSaga saga = new RequalificationSaga();
        ReflectionTestUtils.setField(saga, "commandGateway", gateway);
        ReflectionTestUtils.setField(saga, "deadlineManager", deadlines);
        ReflectionTestUtils.setField(saga, "planner", new RequalificationPlanner(RequalificationTemplateFiles.defaults()));
        ReflectionTestUtils.setField(saga, "specFacts", (WorkingTemperatures) spec -> Optional.of(150.0));
        saga.on(RequalificationSagaTest.raised(ChangeTrigger.SOURCE_CHANGE));
        saga.on(RequalificationSagaTest.planned());
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()
                .registerModule(new JavaTimeModule()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)).build();

        SerializedObject<String> stored = serializer.serialize(saga, String.class);
        RequalificationSaga loaded = serializer.deserialize(stored);

        assertThat(stored.getData()).contains("\"changeId\":\"EC-SRC-LOT-2\"", "\"deadlineId\":\"deadline-1\"")
                .doesNotContain("commandGateway", "planner");
        assertThat(serializer.serialize(loaded, String.class).getData()).isEqualTo(stored.getData());
        assertThat(ReflectionTestUtils.getField(loaded, "dueDate")).isEqualTo(RequalificationSagaTest.DUE);
    }
}
