package org.specloop.app.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FairShareTest {
    private static final List<String> THREE = List.of("node1", "node2", "node3");

    @Test
    void sharesOfEightSegmentsOverThreeNodesAreThreeThreeTwo() {
        assertThat(FairShare.share(THREE, 8, "node1")).isEqualTo(3);
        assertThat(FairShare.share(THREE, 8, "node2")).isEqualTo(3);
        assertThat(FairShare.share(THREE, 8, "node3")).isEqualTo(2);
    }

    @Test
    void aNodeThatIsNotLiveHasNoShare() {
        assertThat(FairShare.share(THREE, 8, "node4")).isZero();
    }

    @Test
    void moreNodesThanSegmentsLeavesTheLastNodesWithout() {
        assertThat(FairShare.share(THREE, 2, "node1")).isEqualTo(1);
        assertThat(FairShare.share(THREE, 2, "node2")).isEqualTo(1);
        assertThat(FairShare.share(THREE, 2, "node3")).isZero();
    }

    @Test
    void theFirstNodeUpHandsEverythingAboveItsShareToTheNewcomers() {
        // node1 claimed all 8 before the others started: it keeps 3, the others lack 3 + 2
        assertThat(FairShare.toRelease(THREE, 8, Map.of("node1", 8), "node1")).isEqualTo(5);
    }

    @Test
    void aNodeReleasesNoMoreThanTheOthersLack() {
        // node2 grabbed 5 of the segments node1 released; node3 still lacks 2, so node2 gives up 2
        assertThat(FairShare.toRelease(THREE, 8, Map.of("node1", 3, "node2", 5), "node2")).isEqualTo(2);
        // node1 has 4 and node3 lacks 1 (node2 holds its 3): one segment moves
        assertThat(FairShare.toRelease(THREE, 8, Map.of("node1", 4, "node2", 3, "node3", 1), "node1")).isEqualTo(1);
    }

    @Test
    void nothingMovesOnceTheSharesAreMet() {
        Map<String, Integer> balanced = Map.of("node1", 3, "node2", 3, "node3", 2);
        for (String node : THREE) {
            assertThat(FairShare.toRelease(THREE, 8, balanced, node)).isZero();
        }
    }

    @Test
    void segmentsOfADeadNodeAttractNothingAndTheSurvivorsKeepWhatTheyTookOver() {
        // node3 died: the survivors took over its claims and hold 4 each, exactly their new share
        List<String> survivors = List.of("node1", "node2");
        Map<String, Integer> owners = Map.of("node1", 4, "node2", 4, "node3", 0);
        assertThat(FairShare.toRelease(survivors, 8, owners, "node1")).isZero();
        // while node3's stale claims still sit in the token table, they do not count as anyone lacking
        assertThat(FairShare.toRelease(survivors, 8, Map.of("node1", 5, "node2", 1, "node3", 2), "node1"))
                .isEqualTo(1);
    }

    @Test
    void aNodeAloneKeepsEverything() {
        assertThat(FairShare.toRelease(List.of("node1"), 8, Map.of("node1", 8), "node1")).isZero();
    }

    @Test
    void aRestartedNodeGetsItsShareBack() {
        // node2 came back with nothing; node1 and node3 hold 4 each and each gives up 1
        Map<String, Integer> owners = Map.of("node1", 4, "node3", 4);
        assertThat(FairShare.toRelease(THREE, 8, owners, "node1")).isEqualTo(1);
        assertThat(FairShare.toRelease(THREE, 8, owners, "node3")).isEqualTo(2);
    }
}
