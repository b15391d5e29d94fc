package org.specloop.query.lot;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.query.shared.TimedEvent;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

class LotDispositionFoldTest {
    private final List<TimedEvent> events = new ArrayList<>(List.of(new TimedEvent(at(0), new MagnetLotReceived("L-1",
            "SUP-1", "P-100", "42SH", 500, new DeclaredChain(List.of(), CustodyModel.SEGREGATED), List.of(), at(0)))));

    @Test
    void a_lot_not_yet_received_has_no_disposition() {
        assertThat(LotDispositionFold.dispositionAt(events, at(-1))).isEmpty();
    }

    @Test
    void a_received_lot_awaits_evaluation() {
        assertThat(dispositionAt(1).disposition()).isEqualTo("AWAITING_EVALUATION");
    }

    @Test
    void a_held_lot_shows_why_it_is_held() {
        hold(2, HoldCategory.SOURCE_CHANGE, "separator differs from the qualified chain");

        DispositionAsOf answer = dispositionAt(3);

        assertThat(answer.disposition()).isEqualTo("HELD");
        assertThat(answer.holds()).extracting(HoldReason::category, HoldReason::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SOURCE_CHANGE", "separator differs from the qualified chain"));
        assertThat(answer.since()).isEqualTo(at(2));
    }

    @Test
    void events_after_the_instant_are_not_counted() {
        hold(5, HoldCategory.MANUAL, "visual check");

        assertThat(dispositionAt(4).disposition()).isEqualTo("AWAITING_EVALUATION");
    }

    @Test
    void lifting_one_of_two_holds_keeps_the_lot_held() {
        hold(2, HoldCategory.SOURCE_CHANGE, "new separator");
        hold(3, HoldCategory.MANUAL, "visual check");
        events.add(new TimedEvent(at(4), new LotHoldLifted("L-1", HoldCategory.MANUAL, "looks fine", "qe")));

        DispositionAsOf answer = dispositionAt(5);

        assertThat(answer.disposition()).isEqualTo("HELD");
        assertThat(answer.holds()).extracting(HoldReason::category).containsExactly("SOURCE_CHANGE");
    }

    @Test
    void lifting_the_last_hold_returns_the_lot_to_awaiting_evaluation() {
        hold(2, HoldCategory.MANUAL, "visual check");
        events.add(new TimedEvent(at(4), new LotHoldLifted("L-1", HoldCategory.MANUAL, "looks fine", "qe")));

        assertThat(dispositionAt(5).disposition()).isEqualTo("AWAITING_EVALUATION");
    }

    @Test
    void a_released_lot_has_no_holds() {
        hold(2, HoldCategory.NONCONFORMANCE, "HcJ below limit");
        events.add(new TimedEvent(at(3), new LotReleased("L-1", "retest passed", "qe", at(3))));

        DispositionAsOf answer = dispositionAt(4);

        assertThat(answer.disposition()).isEqualTo("RELEASED");
        assertThat(answer.holds()).isEmpty();
    }

    @Test
    void a_rejection_is_final_even_if_held_again() {
        events.add(new TimedEvent(at(2), new LotRejected("L-1", "cracked magnets", "qe", at(2))));
        hold(3, HoldCategory.MANUAL, "late hold");

        assertThat(dispositionAt(4).disposition()).isEqualTo("REJECTED");
    }

    @Test
    void the_last_evaluation_names_the_revision_it_was_checked_against() {
        events.add(new TimedEvent(at(2), new LotConformanceEvaluated("L-1", "S-1", 3, List.of(), Verdict.PASS,
                "measurement", at(2))));

        DispositionAsOf answer = dispositionAt(3);

        assertThat(answer.lastVerdict()).isEqualTo("PASS");
        assertThat(answer.evaluatedRevision()).isEqualTo(3);
    }

    private void hold(int minute, HoldCategory category, String reason) {
        events.add(new TimedEvent(at(minute), new LotHeld("L-1", category, reason, "qe", at(minute))));
    }

    private DispositionAsOf dispositionAt(int minute) {
        return LotDispositionFold.dispositionAt(events, at(minute)).orElseThrow();
    }
}
