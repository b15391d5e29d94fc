package org.specloop.app.random;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's identifiers come from a generator per thread: random version 4 UUIDs, none repeated across threads. */
class PerThreadUuidsTest {

    @Test
    void axonTakesItsIdentifiersFromTheGeneratorPerThread() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(PerThreadUuids.class);
    }

    @Test
    void identifiersAreRandomVersion4UuidsOfTheIetfVariant() {
        UUID id = UUID.fromString(new PerThreadUuids().generateIdentifier());

        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void eightThreadsDrawNoIdentifierTwice() throws Exception {
        PerThreadUuids uuids = new PerThreadUuids();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = IntStream.range(0, 8).<Future<?>>mapToObj(t -> threads.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    seen.add(uuids.generateIdentifier());
                }
            })).toList();
            for (Future<?> done : work) {
                done.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(seen).hasSize(8 * 20_000);
    }
}
