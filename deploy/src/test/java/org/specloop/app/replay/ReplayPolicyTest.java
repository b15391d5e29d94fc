package org.specloop.app.replay;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.saga.AnnotatedSagaManager;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaRepository;
import org.axonframework.modelling.saga.StartSaga;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The rule that keeps a replay from repeating side effects. No group of SpecLoop's own trips it today (every
 * policy skips its commands for replayed events), so it is shown here on handlers of each kind it judges.
 */
class ReplayPolicyTest {

    static class Projection {
        @EventHandler
        void on(String event) {
        }
    }

    @DisallowReplay
    static class Mailer {
        @EventHandler
        void on(String event) {
        }
    }

    public static class Reminder {
        @StartSaga
        @SagaEventHandler(associationProperty = "length")
        public void on(String event) {
        }
    }

    private static TrackingEventProcessor processor(EventHandlerInvoker invoker) {
        return TrackingEventProcessor.builder().name("group").eventHandlerInvoker(invoker)
                .messageSource(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build())
                .tokenStore(new InMemoryTokenStore()).transactionManager(NoTransactionManager.INSTANCE).build();
    }

    @Test
    void aGroupOfProjectionsMayBeReplayed() {
        assertThat(ReplayPolicy.refusal(processor(SimpleEventHandlerInvoker.builder().eventHandlers(new Projection()).build())))
                .isEmpty();
    }

    @Test
    void aHandlerMarkedDisallowReplayRefusesItsWholeGroup() {
        assertThat(ReplayPolicy.refusal(processor(SimpleEventHandlerInvoker.builder()
                .eventHandlers(new Projection(), new Mailer()).build())))
                .contains("'group' has side effects that a replay would repeat (Mailer)");
    }

    @Test
    void aSagaIsRefused() {
        @SuppressWarnings("unchecked")
        SagaRepository<Reminder> repository = mock(SagaRepository.class);
        assertThat(ReplayPolicy.refusal(processor(AnnotatedSagaManager.<Reminder>builder().sagaType(Reminder.class)
                .sagaRepository(repository).sagaFactory(Reminder::new).build())))
                .contains("'group' has side effects that a replay would repeat (saga Reminder)");
    }
}
