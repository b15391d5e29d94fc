package org.specloop.kit.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeenIdsTest {
    @Test
    void anIdIsNewThenInProgressThenDone() {
        SeenIds seen = new SeenIds(10);
        assertThat(seen.claim("a")).isEqualTo(SeenIds.Claim.NEW);
        assertThat(seen.claim("a")).isEqualTo(SeenIds.Claim.IN_PROGRESS);
        seen.done("a");
        assertThat(seen.claim("a")).isEqualTo(SeenIds.Claim.DONE);
        assertThat(seen.claim("b")).isEqualTo(SeenIds.Claim.NEW);
    }

    @Test
    void aReleasedIdIsNewAgainSoAFailedNotificationIsProcessedAtItsNextDelivery() {
        SeenIds seen = new SeenIds(10);
        seen.claim("a");
        seen.release("a");
        assertThat(seen.claim("a")).isEqualTo(SeenIds.Claim.NEW);
    }

    @Test
    void memoryIsBoundedByForgettingTheOldestIds() {
        SeenIds seen = new SeenIds(3);
        for (String id : new String[]{"a", "b", "c", "d"}) {
            seen.claim(id);
            seen.done(id);
        }
        assertThat(seen.size()).isEqualTo(3);
        assertThat(seen.claim("b")).isEqualTo(SeenIds.Claim.DONE);
        assertThat(seen.claim("a")).as("forgotten").isEqualTo(SeenIds.Claim.NEW);
        assertThatThrownBy(() -> new SeenIds(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
