package org.specloop.notify.event;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.notify.NotifyTestDatabase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which specifications a source's certificate news concerns: those whose effective revision or an approved
 * change qualifies the source at its tier, until the source is disqualified.
 */
class QualifiedSourceTableTest {
    private final QualifiedSourceTable table = new QualifiedSourceTable(new NotifyTestDatabase().jdbc);

    @Test
    void aSourceConcernsTheSpecificationsWhoseEffectiveRevisionQualifiesItAtItsTier() {
        table.revisionQualifies("SPEC-B", List.of(separator("SEP-1"), new QualifiedSource(Tier.MINE, "MINE-1")));
        table.revisionQualifies("SPEC-A", List.of(separator("SEP-1"), separator("SEP-1")));
        table.revisionQualifies("SPEC-C", List.of(separator("SEP-2")));

        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-1")).containsExactly("SPEC-A", "SPEC-B");
        assertThat(table.specificationsQualifying(Tier.MINE, "MINE-1")).containsExactly("SPEC-B");
        assertThat(table.specificationsQualifying(Tier.MINE, "SEP-1")).as("another tier is another source").isEmpty();
        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-9")).isEmpty();
    }

    @Test
    void aNewRevisionReplacesTheRevisionsSourcesButKeepsThoseQualifiedByChanges() {
        table.revisionQualifies("SPEC-A", List.of(separator("SEP-1")));
        table.changeQualifies("SPEC-A", Tier.SEPARATOR, "SEP-2");
        table.changeQualifies("SPEC-A", Tier.SEPARATOR, "SEP-2");

        table.revisionQualifies("SPEC-A", List.of(separator("SEP-3")));

        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-1")).isEmpty();
        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-2")).containsExactly("SPEC-A");
        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-3")).containsExactly("SPEC-A");
    }

    @Test
    void aSourceQualifiedByBothRevisionAndChangeStaysQualifiedWhenTheRevisionDropsIt() {
        table.revisionQualifies("SPEC-A", List.of(separator("SEP-1")));
        table.changeQualifies("SPEC-A", Tier.SEPARATOR, "SEP-1");

        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-1")).containsExactly("SPEC-A");
        table.revisionQualifies("SPEC-A", List.of());
        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-1")).containsExactly("SPEC-A");
    }

    @Test
    void aDisqualifiedSourceConcernsNoSpecificationAnyMore() {
        table.revisionQualifies("SPEC-A", List.of(separator("SEP-1"), separator("SEP-2")));

        table.disqualified("SEP-1");
        table.disqualified("SEP-1");
        table.changeQualifies("SPEC-B", Tier.SEPARATOR, "SEP-1");

        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-1")).isEmpty();
        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-2")).containsExactly("SPEC-A");
    }

    @Test
    void clearingBeforeAReplayForgetsEverything() {
        table.revisionQualifies("SPEC-A", List.of(separator("SEP-1")));
        table.changeQualifies("SPEC-A", Tier.SEPARATOR, "SEP-2");
        table.disqualified("SEP-3");

        table.clear();
        table.revisionQualifies("SPEC-B", List.of(separator("SEP-3")));

        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-1")).isEmpty();
        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-2")).isEmpty();
        assertThat(table.specificationsQualifying(Tier.SEPARATOR, "SEP-3")).as("no longer remembered as disqualified")
                .containsExactly("SPEC-B");
    }

    private static QualifiedSource separator(String sourceId) {
        return new QualifiedSource(Tier.SEPARATOR, sourceId);
    }
}
