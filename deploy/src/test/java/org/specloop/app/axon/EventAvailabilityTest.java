package org.specloop.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pooled processors' streams on the embedded event store: the coordinator relies on the
 * "available" callback, which the store's own streams do not offer (it then polls every 500 ms).
 */
class EventAvailabilityTest {

    /** Long enough that only a commit can wake a stream during a test. */
    private static final Duration NO_POLL = Duration.ofHours(1);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventAvailability availability = new EventAvailability(NO_POLL, Duration.ofSeconds(5), Duration.ZERO);

    @AfterEach
    void close() {
        availability.close();
        store.shutDown();
    }

    @Test
    void aStreamWokenByACommitSeesTheCommittedEventAtOnce() {
        BlockingStream<TrackedEventMessage<?>> stream = availability.wrap(store).openStream(null);
        AtomicInteger wakeUps = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(wakeUps::incrementAndGet)).isTrue();
        assertThat(stream.hasNextAvailable()).isFalse();

        DefaultUnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        store.publish(GenericEventMessage.asEventMessage("approved"));
        store.publish(GenericEventMessage.asEventMessage("effective"));
        assertThat(wakeUps).as("nothing is readable before the commit").hasValue(0);
        uow.commit();

        assertThat(wakeUps).as("one wake-up per committed unit of work").hasValue(1);
        // the coordinator's check does not wait; after a local commit it waits for the store's reader
        assertThat(stream.hasNextAvailable()).isTrue();
        stream.close();
    }

    @Test
    void eventsPublishedOutsideAUnitOfWorkWakeTheStreamsAtOnce() {
        BlockingStream<TrackedEventMessage<?>> stream = availability.wrap(store).openStream(null);
        AtomicInteger wakeUps = new AtomicInteger();
        stream.setOnAvailableCallback(wakeUps::incrementAndGet);

        store.publish(GenericEventMessage.asEventMessage("received"));

        assertThat(wakeUps).hasValue(1);
        assertThat(stream.hasNextAvailable()).isTrue();
        stream.close();
    }

    @Test
    void aClosedStreamIsNotWokenAgain() {
        BlockingStream<TrackedEventMessage<?>> stream = availability.wrap(store).openStream(null);
        AtomicInteger wakeUps = new AtomicInteger();
        stream.setOnAvailableCallback(wakeUps::incrementAndGet);
        stream.close();

        store.publish(GenericEventMessage.asEventMessage("received"));

        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void streamsAreWokenOnTheirPollIntervalForEventsOfOtherNodes() throws InterruptedException {
        try (EventAvailability polling = new EventAvailability(Duration.ofMillis(20), Duration.ofMillis(5), Duration.ZERO)) {
            BlockingStream<TrackedEventMessage<?>> stream = polling.wrap(store).openStream(null);
            AtomicInteger wakeUps = new AtomicInteger();
            stream.setOnAvailableCallback(wakeUps::incrementAndGet);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (wakeUps.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(wakeUps.get()).isGreaterThanOrEqualTo(3);
            stream.close();
        }
    }
}
