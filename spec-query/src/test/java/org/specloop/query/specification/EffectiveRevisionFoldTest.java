package org.specloop.query.specification;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionRejected;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.query.shared.TimedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.content42SH;

class EffectiveRevisionFoldTest {
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
    private final List<TimedEvent> events = new ArrayList<>(List.of(
            new TimedEvent(JAN, new SpecificationCreated("S-1", "P-100", "42SH", "Rotor magnet", "ann")),
            new TimedEvent(JAN, new RevisionDrafted("S-1", "P-100", 1, content42SH(1592), "first issue", "ann")),
            new TimedEvent(JAN, new RevisionDrafted("S-1", "P-100", 2, content42SH(1650), "tighter HcJ", "ann"))));

    @Test
    void no_approved_revision_means_nothing_is_effective() {
        assertThat(EffectiveRevisionFold.effectiveAt(events, MAR)).isEmpty();
    }

    @Test
    void an_approved_revision_is_effective_from_its_effective_date_with_its_content() {
        approve(1, JAN);

        EffectiveRevision answer = EffectiveRevisionFold.effectiveAt(events, MAR).orElseThrow();

        assertThat(answer.revision()).isEqualTo(1);
        assertThat(answer.content()).isEqualTo(content42SH(1592));
        assertThat(answer.partNumber()).isEqualTo("P-100");
    }

    @Test
    void a_revision_approved_for_a_later_date_is_not_yet_effective_before_it() {
        approve(1, JAN);
        approve(2, MAR);

        assertThat(EffectiveRevisionFold.effectiveAt(events, MAR.minusSeconds(1)).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void the_latest_effective_date_not_after_the_instant_wins() {
        approve(1, JAN);
        approve(2, MAR);

        assertThat(EffectiveRevisionFold.effectiveAt(events, MAR).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void a_tie_on_effective_date_goes_to_the_higher_revision() {
        approve(2, JAN);
        approve(1, JAN);

        assertThat(EffectiveRevisionFold.effectiveAt(events, MAR).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void a_rejected_revision_never_becomes_effective() {
        approve(1, JAN);
        events.add(new TimedEvent(JAN, new RevisionRejected("S-1", 2, "bob", "not enough evidence", JAN)));

        assertThat(EffectiveRevisionFold.effectiveAt(events, MAR).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void before_the_first_effective_date_nothing_is_effective() {
        approve(1, MAR);

        assertThat(EffectiveRevisionFold.effectiveAt(events, JAN)).isEmpty();
    }

    private void approve(int revision, Instant effectiveFrom) {
        events.add(new TimedEvent(JAN, new RevisionApproved("S-1", revision, "bob", "evidence reviewed",
                SignatureMeaning.APPROVED, JAN, effectiveFrom)));
    }
}
