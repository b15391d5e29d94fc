package org.specloop.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** The shared reader's tailing reads end every few events; processors still see every event once, in order. */
class ChunkedTailReadsTest {

    @Test
    void onlyTheTailingReadEndsAfterItsNumberOfEvents() {
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        engine.appendEvents(events("e", 25));
        ChunkedTailReads reads = new ChunkedTailReads(engine, 10);

        assertThat(reads.readEvents(null, true).count()).isEqualTo(10);
        assertThat(reads.readEvents(null, false).count()).as("a processor's own read is not cut").isEqualTo(25);
    }

    @Test
    void aProcessorReadingThroughTheSharedReaderSeesEveryEventOnceInOrder() throws InterruptedException {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new ChunkedTailReads(new InMemoryEventStorageEngine(), 3)).build();
        try {
            store.publish(events("before", 10));
            BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null);
            List<Object> seen = read(stream, 10);
            // now at the head: the next events come through the shared reader, whose reads end every 3 events
            store.publish(events("after", 10));
            seen.addAll(read(stream, 10));
            stream.close();

            List<Object> expected = new ArrayList<>();
            IntStream.range(0, 10).forEach(i -> expected.add("before-" + i));
            IntStream.range(0, 10).forEach(i -> expected.add("after-" + i));
            assertThat(seen).containsExactlyElementsOf(expected);
        } finally {
            store.shutDown();
        }
    }

    @Test
    void aReadOfNoEventsIsRefused() {
        assertThatThrownBy(() -> new ChunkedTailReads(new InMemoryEventStorageEngine(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    private static List<Object> read(BlockingStream<TrackedEventMessage<?>> stream, int count) throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        while (payloads.size() < count && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }

    private static List<EventMessage<?>> events(String prefix, int count) {
        return IntStream.range(0, count)
                .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage(prefix + "-" + i)).toList();
    }
}
