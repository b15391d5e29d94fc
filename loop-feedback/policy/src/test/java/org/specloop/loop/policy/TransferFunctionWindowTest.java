package org.specloop.loop.policy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A relation answered for its newest runs: their points, and the fit, band, motors and lots of all of them. */
class TransferFunctionWindowTest {

    @Test
    void theNewestRunsKeepTheWholeRelationsFitAndEvidence() {
        TransferFunctionView relation = relationOfFiveRuns();

        TransferFunctionView newest = relation.lastRuns(2);

        assertThat(newest.points()).extracting(TransferFunctionView.Point::runId).containsExactly("RUN-3", "RUN-4");
        assertThat(newest.totalPoints()).isEqualTo(5);
        assertThat(newest.n()).isEqualTo(5);
        assertThat(newest.slope()).isEqualTo(2.0);
        assertThat(newest.band()).isEqualTo(relation.band());
        assertThat(newest.motors()).hasSize(5);
        assertThat(newest.lots()).hasSize(5);
    }

    @Test
    void asManyRunsAsTheRelationHasIsTheRelation() {
        TransferFunctionView relation = relationOfFiveRuns();

        assertThat(relation.lastRuns(5)).isSameAs(relation);
        assertThat(relation.lastRuns(500)).isSameAs(relation);
        assertThatThrownBy(() -> relation.lastRuns(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TransferFunctionView relationOfFiveRuns() {
        List<TransferFunctionView.Point> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            points.add(new TransferFunctionView.Point("SN-" + i, "RUN-" + i, List.of("LOT-" + i), 1.2 + i * 0.01, 2.4 + i * 0.02));
        }
        return new TransferFunctionView("M1", 1, "SPEC-1", "KE_BR", "BR", 20, "T", "KE", "V*s/rad", "KE >= 2.5 V*s/rad",
                "THROUGH_ORIGIN", "Ke proportional to Br", "FITTED", "", 5, 0.0, 2.0, null, 0.01, 0.99, 0.001, 0.95,
                "LOWER", "BR@20", 20.0, 1.25, null, null, null, points, List.of(), points.stream()
                .map(TransferFunctionView.Point::motorSerial).toList(), points.stream().map(p -> p.lots().get(0)).toList(), 5);
    }
}
