package org.specloop.loop.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The newest value computed per key, with the data version it was computed at, for the last {@code capacity}
 * keys used. A request names the version it read before computing: an entry of that version or a newer one
 * answers it (computed after its version was read, the value is at least as new as the facts the request saw);
 * an older one is computed again. Requests that find a computation of their version under way wait for it
 * instead of computing the same value beside it (32 readers of one chart made 32 computations of it).
 */
final class ReadCache<K, V> {
    private final Map<K, Entry<V>> entries;
    private final AtomicLong computations = new AtomicLong();

    private record Entry<V>(long version, CompletableFuture<V> value) {
    }

    ReadCache(int capacity) {
        entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of the key at the version or later; computed by the calling thread when no entry has it. */
    V get(K key, long version, Supplier<V> compute) {
        Entry<V> found;
        Entry<V> mine = null;
        synchronized (entries) {
            found = entries.get(key);
            if (found == null || found.version() < version) {
                mine = new Entry<>(version, new CompletableFuture<>());
                entries.put(key, mine);
                found = mine;
            }
        }
        if (mine != null) {
            computations.incrementAndGet();
            try {
                mine.value().complete(compute.get());
            } catch (RuntimeException | Error failed) {
                // not kept: the next request tries again; the ones waiting for this one get its failure
                synchronized (entries) {
                    entries.remove(key, mine);
                }
                mine.value().completeExceptionally(failed);
                throw failed;
            }
        }
        try {
            return found.value().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** How many values were computed (not taken from an entry): what a test counts. */
    long computations() {
        return computations.get();
    }
}
