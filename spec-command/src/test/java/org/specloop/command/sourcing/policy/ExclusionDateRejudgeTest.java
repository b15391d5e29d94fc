package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.command.sourcing.Chains;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.HoldLotForSourcing;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.RejectLot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * A rule's effective date passing, on a fixed clock: the spec excludes China at the separator from 2027-01-01
 * (DFARS 252.225-7052(b)(2)) and qualifies the Chinese SEP-CN. Lots received in December 2026 pass; once the
 * clock crosses into 2027 the daily watch holds those still in incoming inspection citing the rule, and leaves the
 * released ones alone.
 */
class ExclusionDateRejudgeTest {
    private final CommandGateway commands = mock(CommandGateway.class);
    private final CertificateConsequencesTest.SettableClock clock =
            new CertificateConsequencesTest.SettableClock(Instant.parse("2026-12-20T09:00:00Z"));
    private SourcingGroup policy;
    private CertificateWatch watch;

    @BeforeEach
    void setUp() {
        var jdbc = PolicyDatabase.fresh();
        SourcingTables tables = new SourcingTables(jdbc, PolicyDatabase.json());
        // REJECT at receipt: the watch still only holds, the lot was accepted into inspection under the old rule
        SourcingProperties properties = new SourcingProperties("REJECT", false, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(90, 30), Duration.ofHours(1));
        policy = new SourcingGroup(tables, new EvidenceTables(jdbc, PolicyDatabase.json()), commands, properties, clock);
        watch = new CertificateWatch(tables, policy, commands, clock, properties, new CertificateConsequencesTest.NoProcessing());
        var chain = Chains.chainAWithSeparator("SEP-CN", "CN");
        chain.links().forEach(l -> policy.on(LotSourcingPolicyTest.registered(l.sourceId(), l.tier(), l.country())));
        policy.on(new org.specloop.contracts.specification.RevisionBecameEffective(LotSourcingPolicyTest.SPEC,
                LotSourcingPolicyTest.PART, "42SH", 1, Instant.parse("2026-06-01T08:00:00Z"), null,
                new org.specloop.contracts.specification.RevisionContent(List.of(), List.of(),
                        Chains.dfarsRules(chain, null), 150.0)));
        policy.on(LotSourcingPolicyTest.received("LOT-IN", chain, clock.instant()));
        policy.on(LotSourcingPolicyTest.received("LOT-OUT", chain, clock.instant()));
        policy.on(new LotReleased("LOT-OUT", "conforming", "qe", clock.instant()));
    }

    @Test
    void stockInIncomingInspectionIsHeldOnTheDayTheExclusionTakesEffectCitingTheRule() {
        clock.set(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(watch.watch()).isTrue();
        assertThat(sent()).as("2026: the Chinese separator is still allowed").isEmpty();

        clock.set(Instant.parse("2027-01-01T00:10:00Z"));
        assertThat(watch.watch()).isTrue();

        assertThat(sent()).singleElement().isInstanceOfSatisfying(HoldLotForSourcing.class, hold -> {
            assertThat(hold.lotId()).as("the released lot is never re-judged").isEqualTo("LOT-IN");
            assertThat(hold.category()).isEqualTo(HoldCategory.SOURCING_RULE);
            assertThat(hold.reason()).isEqualTo("sourcing rules of SPEC-42SH revision 1 broken: DFARS 252.225-7052(b)(2):"
                    + " SEPARATOR source SEP-CN is in CN, excluded at SEPARATOR from 2027-01-01; lot received 2026-12-20,"
                    + " not released on 2027-01-01 (certificate watch of 2027-01-01)");
        });
    }

    @Test
    void aHeldLotIsNotHeldAgainAndTheNextDayChangesNothing() {
        clock.set(Instant.parse("2027-01-01T00:10:00Z"));
        watch.watch();
        policy.on(new LotHeld("LOT-IN", HoldCategory.SOURCING_RULE, "DFARS", LotSourcingPolicy.ACTOR, clock.instant()));
        clearInvocations(commands);

        clock.set(Instant.parse("2027-01-02T00:10:00Z"));
        assertThat(watch.watch()).isTrue();

        assertThat(sent()).as("held once; the exclusion still applies, so nothing lifts it").isEmpty();
    }

    @Test
    void aLotReceivedInDecemberButReportedInJanuaryIsJudgedOnTheDayItIsChecked() {
        clock.set(Instant.parse("2027-01-03T10:00:00Z"));
        clearInvocations(commands);

        policy.on(LotSourcingPolicyTest.received("LOT-LATE", Chains.chainAWithSeparator("SEP-CN", "CN"),
                Instant.parse("2026-12-30T10:00:00Z")));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(RejectLot.class, reject ->
                assertThat(reject.reason()).contains("DFARS 252.225-7052(b)(2)", "lot received 2026-12-30, not released on 2027-01-03"));
    }

    private List<Object> sent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeast(0)).sendAndWait(captor.capture());
        return captor.getAllValues();
    }
}
