package org.specloop.app.cluster;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseBackoffTest {
    private final ReleaseBackoff backoff = new ReleaseBackoff(Duration.ofMinutes(1), Duration.ofMinutes(4));

    @Test
    void releasingIsAllowedUntilAReleaseGoesUnanswered() {
        assertThat(backoff.mayRelease(0)).isTrue();

        backoff.notTaken(1_000);

        assertThat(backoff.mayRelease(60_999)).isFalse();
        assertThat(backoff.mayRelease(61_000)).isTrue();
    }

    @Test
    void eachFurtherUnansweredReleaseHoldsTwiceAsLongUpToTheLimit() {
        backoff.notTaken(0);          // 1 min
        backoff.notTaken(60_000);     // 2 min
        backoff.notTaken(180_000);    // 4 min
        backoff.notTaken(420_000);    // 4 min: the limit

        assertThat(backoff.mayRelease(420_000 + 239_999)).isFalse();
        assertThat(backoff.mayRelease(420_000 + 240_000)).isTrue();
    }

    @Test
    void aReleaseThatWasTakenStartsThePausesOver() {
        backoff.notTaken(0);
        backoff.notTaken(60_000);
        backoff.taken();

        backoff.notTaken(1_000_000);

        assertThat(backoff.mayRelease(1_000_000 + 59_999)).isFalse();
        assertThat(backoff.mayRelease(1_000_000 + 60_000)).isTrue();
    }
}
