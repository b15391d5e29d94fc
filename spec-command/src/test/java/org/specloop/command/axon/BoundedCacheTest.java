package org.specloop.command.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    private final BoundedCache cache = new BoundedCache(2);

    @Test
    void theLeastRecentlyUsedEntryMakesRoomForANewOne() {
        cache.put("LOT-1", "one");
        cache.put("LOT-2", "two");
        cache.<String, String>get("LOT-1");

        cache.put("LOT-3", "three");

        assertThat(cache.containsKey("LOT-1")).isTrue();
        assertThat(cache.containsKey("LOT-2")).isFalse();
        assertThat(cache.<String, String>get("LOT-3")).isEqualTo("three");
    }

    @Test
    void putIfAbsentKeepsTheFirstValue() {
        assertThat(cache.putIfAbsent("LOT-1", "one")).isTrue();
        assertThat(cache.putIfAbsent("LOT-1", "other")).isFalse();

        assertThat(cache.<String, String>get("LOT-1")).isEqualTo("one");
    }
}
