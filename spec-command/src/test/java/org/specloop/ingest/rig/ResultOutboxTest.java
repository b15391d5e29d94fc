package org.specloop.ingest.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ResultOutboxTest {

    private final ResultOutbox outbox = new ResultOutbox();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Test
    void runsGoInParallelWhileEachRunKeepsItsOrder() {
        CountDownLatch bothRunsSending = new CountDownLatch(2);
        for (String run : List.of("RUN-A", "RUN-B")) {
            outbox.add(run, () -> {
                bothRunsSending.countDown();
                try {
                    // each run's first command waits until the other run is sending too: only in parallel do both get on
                    assertThat(bothRunsSending.await(10, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                sent.add(run + "/P1");
            });
            outbox.add(run, () -> sent.add(run + "/P2"));
            outbox.add(run, () -> sent.add(run + "/complete"));
        }

        outbox.send();

        assertThat(outbox.isEmpty()).isTrue();
        assertThat(sent).containsSubsequence("RUN-A/P1", "RUN-A/P2", "RUN-A/complete")
                .containsSubsequence("RUN-B/P1", "RUN-B/P2", "RUN-B/complete").hasSize(6);
    }

    @Test
    void aFailedCommandStaysWithTheRestOfItsRunAndOtherRunsAreStored() {
        boolean[] databaseBack = {false};
        outbox.add("RUN-A", () -> sent.add("RUN-A/P1"));
        outbox.add("RUN-B", () -> {
            if (!databaseBack[0]) {
                throw new IllegalStateException("event store unavailable");
            }
            sent.add("RUN-B/P1");
        });
        outbox.add("RUN-B", () -> sent.add("RUN-B/complete"));

        assertThatThrownBy(outbox::send).hasMessageContaining("event store unavailable");
        assertThat(sent).containsExactly("RUN-A/P1");
        assertThat(outbox.isEmpty()).isFalse();

        databaseBack[0] = true;
        outbox.send();
        assertThat(sent).containsExactly("RUN-A/P1", "RUN-B/P1", "RUN-B/complete");
        assertThat(outbox.isEmpty()).isTrue();
    }
}
