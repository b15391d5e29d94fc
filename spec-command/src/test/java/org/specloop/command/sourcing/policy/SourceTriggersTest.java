package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.command.sourcing.Chains;
import org.specloop.contracts.change.AttachLotToChange;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.HoldLotForSourcing;
import org.specloop.contracts.lot.LiftSourcingHold;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.RejectLot;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.source.Tier;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.specloop.command.sourcing.policy.LotSourcingPolicy.ACTOR;
import static org.specloop.command.sourcing.policy.LotSourcingPolicyTest.JUNE_2026;
import static org.specloop.command.sourcing.policy.LotSourcingPolicyTest.SPEC;
import static org.specloop.command.sourcing.policy.LotSourcingPolicyTest.received;

/**
 * Relocation and disqualification as engineering change triggers, on H2, with the raised changes fed back as the
 * event store would: chain A is qualified for SPEC-42SH (DFARS rules, segregated custody).
 */
class SourceTriggersTest {
    private static final String RELOCATION = "EC-REL-SEP-A-3-" + SPEC;
    private static final SourceSwap IN_PLACE = new SourceSwap(Tier.SEPARATOR, "SEP-A", "SEP-A");
    private final CommandGateway commands = mock(CommandGateway.class);
    private SourcingGroup policy;

    @BeforeEach
    void setUp() {
        var jdbc = PolicyDatabase.fresh();
        // REJECT on broken rules: a disqualification still only holds
        policy = new SourcingGroup(new SourcingTables(jdbc, PolicyDatabase.json()),
                new EvidenceTables(jdbc, PolicyDatabase.json()), commands, SourcingProperties.withoutCertificates("REJECT", false),
                LotSourcingPolicyTest.NOW);
        LotSourcingPolicyTest.register(policy);
        policy.on(LotSourcingPolicyTest.effective());
    }

    @Test
    void aRelocationOfAQualifiedSourceRaisesASourceChangeNamingSourceCountriesAndSpecs() {
        policy.on(new SupplySourceRelocated("SEP-A", "MY", "VN", "plant moved to Hai Phong"), 3L);

        assertThat(sent()).filteredOn(RaiseEngineeringChange.class::isInstance).singleElement()
                .isInstanceOfSatisfying(RaiseEngineeringChange.class, raise -> {
                    assertThat(raise.changeId()).isEqualTo(RELOCATION);
                    assertThat(raise.trigger()).isEqualTo(ChangeTrigger.SOURCE_CHANGE);
                    assertThat(raise.specificationId()).isEqualTo(SPEC);
                    assertThat(raise.sourceChanges()).containsExactly(IN_PLACE);
                    assertThat(raise.title()).isEqualTo("Relocation of separator SEP-A from MY to VN for " + SPEC);
                    assertThat(raise.description()).contains("moved from MY to VN: plant moved to Hai Phong",
                            "Specs that qualify it: " + SPEC);
                    assertThat(raise.affectedLots()).isEmpty();
                });
    }

    @Test
    void lotsFromTheRelocatedSourceJoinItsChangeHeldUntilTheApprovalFreesThem() {
        relocated();

        policy.on(received("LOT-VN", Chains.chainAWithSeparator("SEP-A", "VN"), JUNE_2026));

        assertThat(sent()).containsExactly(new AttachLotToChange(RELOCATION, "LOT-VN"), new HoldLotForSourcing("LOT-VN",
                HoldCategory.SOURCE_CHANGE, "declared chain differs from the qualified chain of " + SPEC
                + " at SEPARATOR: SEP-A -> SEP-A; engineering change " + RELOCATION, ACTOR));

        policy.on(new LotHeld("LOT-VN", HoldCategory.SOURCE_CHANGE, "relocated", ACTOR, JUNE_2026));
        clearInvocations(commands);
        policy.on(new EngineeringChangeApproved(RELOCATION, "qe.bob", "FAI passed", SignatureMeaning.APPROVED, JUNE_2026));

        assertThat(sent()).filteredOn(LiftSourcingHold.class::isInstance).singleElement()
                .isInstanceOfSatisfying(LiftSourcingHold.class, lift -> {
                    assertThat(lift.lotId()).isEqualTo("LOT-VN");
                    assertThat(lift.category()).isEqualTo(HoldCategory.SOURCE_CHANGE);
                });
        clearInvocations(commands);
        policy.on(received("LOT-VN-2", Chains.chainAWithSeparator("SEP-A", "VN"), JUNE_2026));
        assertThat(sent()).as("requalified: later lots pass").isEmpty();
    }

    @Test
    void aRelocationOfASourceNoSpecQualifiesRaisesNothing() {
        policy.on(new SupplySourceRelocated("ALLOY-B", "JP", "KR", "moved"), 2L);

        assertThat(sent()).noneMatch(RaiseEngineeringChange.class::isInstance);
    }

    @Test
    void aSecondRelocationWhileTheFirstIsOpenRaisesNoSecondChange() {
        relocated();

        policy.on(new SupplySourceRelocated("SEP-A", "VN", "TH", "moved again"), 4L);

        assertThat(sent()).noneMatch(RaiseEngineeringChange.class::isInstance);
    }

    @Test
    void afterARejectedRelocationLotsAreHeldCitingItUntilTheSourceMovesAgain() {
        relocated();
        policy.on(new EngineeringChangeRejected(RELOCATION, "qe.bob", "first articles failed", JUNE_2026));

        policy.on(received("LOT-VN", Chains.chainAWithSeparator("SEP-A", "VN"), JUNE_2026));
        assertThat(sent()).singleElement().isInstanceOfSatisfying(HoldLotForSourcing.class, hold ->
                assertThat(hold.reason()).endsWith("this chain was rejected by engineering change " + RELOCATION));
        clearInvocations(commands);

        policy.on(new SupplySourceRelocated("SEP-A", "VN", "TH", "moved to Rayong"), 5L);

        assertThat(sent()).filteredOn(RaiseEngineeringChange.class::isInstance).extracting(c ->
                ((RaiseEngineeringChange) c).changeId()).containsExactly("EC-REL-SEP-A-5-" + SPEC);
    }

    @Test
    void aDisqualificationHoldsUnreleasedStockNamingTheSourceAndRaisesAChangePerSpec() {
        policy.on(received("LOT-IN", Chains.chainA(), JUNE_2026));
        policy.on(received("LOT-OUT", Chains.chainA(), JUNE_2026));
        policy.on(new LotReleased("LOT-OUT", "conforming", "qe", JUNE_2026));
        clearInvocations(commands);

        policy.on(new SupplySourceDisqualified("SEP-A", Tier.SEPARATOR, "MY", "RMI audit failed: conflict minerals"));

        assertThat(sent()).filteredOn(HoldLotForSourcing.class::isInstance).singleElement()
                .isInstanceOfSatisfying(HoldLotForSourcing.class, hold -> {
                    assertThat(hold.lotId()).isEqualTo("LOT-IN");
                    assertThat(hold.category()).isEqualTo(HoldCategory.SOURCING_RULE);
                    assertThat(hold.reason()).isEqualTo("disqualified sources: separator SEP-A is disqualified: RMI audit"
                            + " failed: conflict minerals (disqualification of SEP-A)");
                });
        assertThat(sent()).filteredOn(RaiseEngineeringChange.class::isInstance).singleElement()
                .isInstanceOfSatisfying(RaiseEngineeringChange.class, raise -> {
                    assertThat(raise.changeId()).isEqualTo("EC-DQ-SEP-A-" + SPEC);
                    assertThat(raise.trigger()).isEqualTo(ChangeTrigger.SOURCE_CHANGE);
                    assertThat(raise.sourceChanges()).isEmpty();
                    assertThat(raise.title()).isEqualTo("Disqualification of separator SEP-A for " + SPEC);
                    assertThat(raise.description()).contains("(separator, MY) was disqualified: RMI audit failed",
                            "Specs that qualified it: " + SPEC, "needs a replacement qualified at SEPARATOR");
                });
    }

    @Test
    void aLotFromADisqualifiedSourceIsHeldNotRejectedNamingIt() {
        policy.on(new SupplySourceDisqualified("SEP-A", Tier.SEPARATOR, "MY", "RMI audit failed"));
        clearInvocations(commands);

        policy.on(received("LOT-NEW", Chains.chainA(), JUNE_2026));

        assertThat(sent()).noneMatch(RejectLot.class::isInstance).singleElement()
                .isInstanceOfSatisfying(HoldLotForSourcing.class, hold -> {
                    assertThat(hold.category()).isEqualTo(HoldCategory.SOURCING_RULE);
                    assertThat(hold.reason()).contains("separator SEP-A is disqualified: RMI audit failed");
                });
    }

    private void relocated() {
        policy.on(new SupplySourceRelocated("SEP-A", "MY", "VN", "plant moved"), 3L);
        policy.on(new EngineeringChangeRaised(RELOCATION, ChangeTrigger.SOURCE_CHANGE, "Relocation", null, SPEC,
                List.of(IN_PLACE), List.of(), ACTOR, JUNE_2026));
        clearInvocations(commands);
    }

    private List<Object> sent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeast(0)).sendAndWait(captor.capture());
        return captor.getAllValues();
    }
}
