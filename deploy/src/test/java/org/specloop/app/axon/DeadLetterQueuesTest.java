package org.specloop.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every processing group parks a failing event in the JDBC dead-letter queue instead of logging and skipping it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability // the same context as OperationsEndpointsTest, so it is started once
class DeadLetterQueuesTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private org.springframework.beans.factory.ListableBeanFactory beans;

    @Test
    void theEventHandlerGroupsAreFoundWithoutCreatingTheirBeans() {
        assertThat(AxonInfrastructureConfiguration.processingGroups(beans))
                .contains("query-lots", "query-specifications", "notify-outbox", "loop-feedback");
    }

    @Test
    void everyProcessingGroupHasItsDeadLetterQueue() {
        assertThat(processing.eventProcessors()).isNotEmpty();
        processing.eventProcessors().keySet().forEach(group ->
                assertThat(processing.deadLetterQueue(group)).as(group).isPresent());
    }
}
