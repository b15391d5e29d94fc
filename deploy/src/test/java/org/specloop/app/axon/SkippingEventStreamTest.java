package org.specloop.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A processor's stream passes over the events it has said it cannot handle (a lot's measurements for
 * the motor projections) without its token falling behind: Strings stand for handled events here,
 * Integers for the others.
 */
class SkippingEventStreamTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final SkippingEventStream stream = new SkippingEventStream(store.openStream(null));

    @AfterEach
    void close() {
        stream.close();
        store.shutDown();
    }

    @Test
    void everythingIsDeliveredUntilTheProcessorSaysWhatItCannotHandle() throws InterruptedException {
        publish(1, 2, "a", 3);

        assertThat(payloads(drain())).containsExactly(1, 2, "a", 3);
    }

    @Test
    void aRunOfUnhandledEventsGivesWayToTheHandledEventBehindIt() throws InterruptedException {
        publish(1, "a", 2, 3, 4, "b");
        TrackedEventMessage<?> first = stream.nextAvailable();
        stream.skipMessagesWithPayloadTypeOf(first);

        List<TrackedEventMessage<?>> rest = drain();

        assertThat(payloads(rest)).containsExactly("a", "b");
        assertThat(position(rest.get(1))).as("the handled event's token covers the three it passed over").isEqualTo(5);
    }

    @Test
    void theLastEventIsDeliveredSoAnIdleProcessorReachesTheHead() throws InterruptedException {
        publish(1, "a", 2, 3, 4);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());

        List<TrackedEventMessage<?>> rest = drain();

        assertThat(payloads(rest)).containsExactly("a", 4);
        assertThat(position(rest.get(1))).isEqualTo(4);
    }

    @Test
    void peekShowsTheEventThatComesNext() throws InterruptedException {
        publish(1, 2, 3, "a");
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());

        assertThat(stream.peek().<Object>map(TrackedEventMessage::getPayload)).hasValue("a");
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("a");
        assertThat(stream.peek()).isEmpty();
    }

    @Test
    void aLongRunStillMovesTheTokenEveryThousandEvents() throws InterruptedException {
        publish(0);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        int run = 2 * SkippingEventStream.MAX_DROPPED_IN_A_ROW + 500;
        publish(IntStream.rangeClosed(1, run).boxed().toArray());
        publish("a");

        List<TrackedEventMessage<?>> rest = drain();

        assertThat(payloads(rest))
                .containsExactly(SkippingEventStream.MAX_DROPPED_IN_A_ROW + 1, 2 * SkippingEventStream.MAX_DROPPED_IN_A_ROW + 2, "a");
    }

    @Test
    void aWaitAfterACommitLooksForHandledEventsBehindTheHeldOne() throws InterruptedException {
        publish(1, 2);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        assertThat(stream.hasNextAvailable()).isTrue();

        publish("a");

        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("a");
    }

    private void publish(Object... payloads) {
        for (Object payload : payloads) {
            store.publish(GenericEventMessage.asEventMessage(payload));
        }
    }

    private List<TrackedEventMessage<?>> drain() throws InterruptedException {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
            events.add(stream.nextAvailable());
        }
        return events;
    }

    private static List<Object> payloads(List<TrackedEventMessage<?>> events) {
        return events.stream().<Object>map(TrackedEventMessage::getPayload).toList();
    }

    private static long position(TrackedEventMessage<?> event) {
        return ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex();
    }
}
