package org.specloop.ingest.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.ingest.rig.SequenceWindow.Outcome.DUPLICATE;
import static org.specloop.ingest.rig.SequenceWindow.Outcome.NEW;
import static org.specloop.ingest.rig.SequenceWindow.Outcome.TOO_LATE;

import org.junit.jupiter.api.Test;

class SequenceWindowTest {

    @Test
    void aSequenceSeenBeforeIsADuplicateInOrderOrNot() {
        SequenceWindow w = new SequenceWindow(100);
        assertThat(w.offer(0)).isEqualTo(NEW);
        assertThat(w.offer(2)).isEqualTo(NEW);
        assertThat(w.offer(0)).isEqualTo(DUPLICATE);
        assertThat(w.offer(2)).isEqualTo(DUPLICATE);
        assertThat(w.offer(1)).isEqualTo(NEW);
        assertThat(w.stored().floor()).isEqualTo(3);
        assertThat(w.stored().ahead()).isEmpty();
    }

    @Test
    void aGapLeftBehindTheWindowMakesItsLateSampleTooLateNotADuplicate() {
        SequenceWindow w = new SequenceWindow(10);
        w.offer(0);
        assertThat(w.offer(25)).isEqualTo(NEW);
        assertThat(w.offer(5)).isEqualTo(TOO_LATE);
        assertThat(w.offer(0)).isEqualTo(DUPLICATE);
        assertThat(w.offer(25)).isEqualTo(DUPLICATE);
    }

    @Test
    void theStoredFormRestoresTheSameAnswers() {
        SequenceWindow w = new SequenceWindow(10);
        w.offer(0);
        w.offer(3);
        w.offer(30);
        SequenceWindow restored = SequenceWindow.restore(10, w.stored());
        assertThat(restored.offer(3)).isEqualTo(DUPLICATE);
        assertThat(restored.offer(30)).isEqualTo(DUPLICATE);
        assertThat(restored.offer(2)).isEqualTo(TOO_LATE);
        assertThat(restored.offer(25)).isEqualTo(NEW);
    }
}
