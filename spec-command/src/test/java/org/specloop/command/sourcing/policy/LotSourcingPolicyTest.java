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
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.HoldLotForSourcing;
import org.specloop.contracts.lot.LiftSourcingHold;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.RejectLot;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.sourcing.QualifySource;
import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.any;

class LotSourcingPolicyTest {
    static final String SPEC = "SPEC-42SH";
    static final String PART = "P-42SH";
    static final Instant JUNE_2026 = Instant.parse("2026-06-01T08:00:00Z");
    /** Unreleased lots are judged on the later of receipt and today: a fixed today keeps the 2026/2027 tests true. */
    static final java.time.Clock NOW = java.time.Clock.fixed(JUNE_2026, java.time.ZoneOffset.UTC);
    static final String ACTOR = LotSourcingPolicy.ACTOR;
    private final CommandGateway commands = mock(CommandGateway.class);
    private SourcingGroup policy;
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        jdbc = PolicyDatabase.fresh();
        policy = new SourcingGroup(new SourcingTables(jdbc, PolicyDatabase.json()), new EvidenceTables(jdbc, PolicyDatabase.json()), commands, SourcingProperties.withoutCertificates("HOLD", false), NOW);
        register(policy);
        policy.on(effective());
    }

    /** The registry of the tests: chain A as declared (SEP-A in MY, ...) and the alternate alloy makers in JP. */
    static void register(SourcingGroup policy) {
        Chains.chainA().links().forEach(l -> policy.on(registered(l.sourceId(), l.tier(), l.country())));
        policy.on(registered("ALLOY-B", Tier.ALLOY_MAKER, "JP"));
        policy.on(registered("ALLOY-C", Tier.ALLOY_MAKER, "JP"));
    }

    static SupplySourceRegistered registered(String id, Tier tier, String country) {
        return new SupplySourceRegistered(id, id + " Ltd", tier, country, List.of(), List.of());
    }

    static RevisionBecameEffective effective() {
        return new RevisionBecameEffective(SPEC, PART, "42SH", 1, JUNE_2026, null, new RevisionContent(List.of(), List.of(),
                Chains.dfarsRules(Chains.chainA(), CustodyModel.SEGREGATED), 150.0));
    }

    static MagnetLotReceived received(String lotId, DeclaredChain chain, Instant at) {
        return new MagnetLotReceived(lotId, "MAG-A", PART, "42SH", 100, chain, List.of(), at);
    }

    private List<Object> sent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeast(0)).sendAndWait(captor.capture());
        return captor.getAllValues();
    }

    private static final SourceSwap ALLOY_SWAP = new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-A", "ALLOY-B");

    @Test
    void aLotFromTheQualifiedChainIsLeftAlone() {
        policy.on(received("LOT-1", Chains.chainA(), JUNE_2026));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aLotFromAChangedChainRaisesAChangeNamingTheTierAndHoldsTheLot() {
        policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));

        assertThat(sent()).hasSize(2);
        assertThat(sent().get(0)).isInstanceOfSatisfying(RaiseEngineeringChange.class, raise -> {
            assertThat(raise.changeId()).isEqualTo("EC-SRC-LOT-2");
            assertThat(raise.trigger()).isEqualTo(ChangeTrigger.SOURCE_CHANGE);
            assertThat(raise.sourceChanges()).containsExactly(ALLOY_SWAP);
            assertThat(raise.affectedLots()).containsExactly("LOT-2");
            assertThat(raise.specificationId()).isEqualTo(SPEC);
        });
        assertThat(sent().get(1)).isEqualTo(new HoldLotForSourcing("LOT-2", HoldCategory.SOURCE_CHANGE,
                "declared chain differs from the qualified chain of SPEC-42SH at ALLOY_MAKER: ALLOY-A -> ALLOY-B;"
                        + " engineering change EC-SRC-LOT-2", ACTOR));
    }

    @Test
    void aSecondLotFromTheSameNewChainJoinsTheOpenChange() {
        policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        clearInvocations(commands);

        policy.on(received("LOT-3", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));

        assertThat(sent()).containsExactly(new AttachLotToChange("EC-SRC-LOT-2", "LOT-3"),
                new HoldLotForSourcing("LOT-3", HoldCategory.SOURCE_CHANGE, "declared chain differs from the qualified chain"
                        + " of SPEC-42SH at ALLOY_MAKER: ALLOY-A -> ALLOY-B; engineering change EC-SRC-LOT-2", ACTOR));
    }

    @Test
    void aLotFromAnotherNewChainGetsItsOwnChange() {
        policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        clearInvocations(commands);

        policy.on(received("LOT-3", Chains.chainAWithAlloy("ALLOY-C", "JP"), JUNE_2026));

        assertThat(sent().get(0)).isInstanceOfSatisfying(RaiseEngineeringChange.class,
                raise -> assertThat(raise.changeId()).isEqualTo("EC-SRC-LOT-3"));
    }

    @Test
    void aChinaSeparatorFrom2027IsHeldCitingTheDfarsRule() {
        policy.on(new SupplySourceRelocated("SEP-A", "MY", "CN", "moved"), 1L);
        clearInvocations(commands); // the relocation's engineering change: SourceTriggersTest
        policy.on(received("LOT-4", Chains.chainAWithSeparator("SEP-A", "CN"), Instant.parse("2027-01-01T00:00:00Z")));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(HoldLotForSourcing.class, hold -> {
            assertThat(hold.category()).isEqualTo(HoldCategory.SOURCING_RULE);
            assertThat(hold.reason()).contains("DFARS 252.225-7052(b)(2)", "SEPARATOR source SEP-A is in CN");
        });
    }

    @Test
    void aChinaSeparatorOnTheLastDayOf2026PassesTheRules() {
        policy.on(new SupplySourceRelocated("SEP-A", "MY", "CN", "moved"), 1L);
        clearInvocations(commands); // the relocation's engineering change: SourceTriggersTest
        policy.on(received("LOT-4", Chains.chainAWithSeparator("SEP-A", "CN"), Instant.parse("2026-12-31T23:59:59Z")));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void whenConfiguredSoABrokenRuleRejectsTheLot() {
        var jdbc = PolicyDatabase.fresh();
        SourcingGroup rejecting = new SourcingGroup(new SourcingTables(jdbc, PolicyDatabase.json()),
                new EvidenceTables(jdbc, PolicyDatabase.json()), commands, SourcingProperties.withoutCertificates("REJECT", false), NOW);
        register(rejecting);
        rejecting.on(effective());

        rejecting.on(received("LOT-5", new DeclaredChain(Chains.chainA().links(), CustodyModel.BOOK_AND_CLAIM), JUNE_2026));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(RejectLot.class,
                reject -> assertThat(reject.reason()).contains("minimum-custody-model", "BOOK_AND_CLAIM"));
    }

    @Test
    void approvalQualifiesTheNewSourceOnTheApproversSignature() {
        policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        policy.on(raisedFor("LOT-2"));
        clearInvocations(commands);

        policy.on(new EngineeringChangeApproved("EC-SRC-LOT-2", "qe.bob", "FAI passed", SignatureMeaning.APPROVED, JUNE_2026));

        assertThat(sent()).containsExactly(new QualifySource("QUAL-SPEC-42SH", SPEC, Tier.ALLOY_MAKER, "ALLOY-B",
                "EC-SRC-LOT-2", "qe.bob"));
    }

    @Test
    void aQualifiedSourceLiftsTheSourceHoldOfTheLotsFromItsChain() {
        policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        policy.on(new LotHeld("LOT-2", HoldCategory.SOURCE_CHANGE, "changed", ACTOR, JUNE_2026));
        policy.on(received("LOT-9", Chains.chainAWithAlloy("ALLOY-C", "JP"), JUNE_2026));
        policy.on(new LotHeld("LOT-9", HoldCategory.SOURCE_CHANGE, "changed", ACTOR, JUNE_2026));
        clearInvocations(commands);

        policy.on(new SourceQualified("QUAL-SPEC-42SH", SPEC, Tier.ALLOY_MAKER, "ALLOY-B", "EC-SRC-LOT-2", "qe.bob", JUNE_2026));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(LiftSourcingHold.class, lift -> {
            assertThat(lift.lotId()).isEqualTo("LOT-2");
            assertThat(lift.category()).isEqualTo(HoldCategory.SOURCE_CHANGE);
            assertThat(lift.reason()).contains("qualified by engineering change EC-SRC-LOT-2");
        });
    }

    @Test
    void afterApprovalALaterLotFromThatChainIsNoChange() {
        policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        policy.on(raisedFor("LOT-2"));
        policy.on(new EngineeringChangeApproved("EC-SRC-LOT-2", "qe.bob", "ok", SignatureMeaning.APPROVED, JUNE_2026));
        policy.on(new SourceQualified("QUAL-SPEC-42SH", SPEC, Tier.ALLOY_MAKER, "ALLOY-B", "EC-SRC-LOT-2", "qe.bob", JUNE_2026));
        clearInvocations(commands);

        policy.on(received("LOT-7", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void afterRejectionLotsFromThatChainAreHeldCitingTheRejectedChange() {
        policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        policy.on(raisedFor("LOT-2"));
        policy.on(new EngineeringChangeRejected("EC-SRC-LOT-2", "qe.bob", "HcJ low at 150 degC", JUNE_2026));
        clearInvocations(commands);

        policy.on(received("LOT-8", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(HoldLotForSourcing.class,
                hold -> assertThat(hold.reason()).contains("rejected by engineering change EC-SRC-LOT-2"));
    }

    @Test
    void aRejectionQuotingAReasonAtItsLimitStillFitsTheReasonLimit() {
        var jdbc = PolicyDatabase.fresh();
        EvidenceTables evidence = new EvidenceTables(jdbc, PolicyDatabase.json());
        SourcingGroup rejecting = new SourcingGroup(new SourcingTables(jdbc, PolicyDatabase.json()), evidence,
                commands, SourcingProperties.withoutCertificates("HOLD", true), NOW);
        rejecting.on(effective());
        rejecting.on(raisedFor("LOT-2"));
        evidence.attach("EC-SRC-LOT-2", "LOT-2");
        clearInvocations(commands);

        rejecting.on(new EngineeringChangeRejected("EC-SRC-LOT-2", "qe.bob",
                "r".repeat(org.specloop.contracts.common.TextLimits.REASON), JUNE_2026));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(RejectLot.class, reject -> {
            assertThat(reject.lotId()).isEqualTo("LOT-2");
            assertThat(reject.reason()).hasSize(org.specloop.contracts.common.TextLimits.REASON)
                    .startsWith("engineering change EC-SRC-LOT-2 rejected: rrr").endsWith("characters in all, cut)");
        });
    }

    @Test
    void anUnregisteredSeparatorHoldsTheLotNamingTheTierAndStillRaisesTheSourceChange() {
        policy.on(received("LOT-U", Chains.chainAWithSeparator("SEP-CN-9", "CN"), JUNE_2026));

        assertThat(sent()).first().isEqualTo(new HoldLotForSourcing("LOT-U", HoldCategory.SOURCING_RULE,
                "declared chain contradicts the source registry: separator SEP-CN-9 is not registered", ACTOR));
        assertThat(sent()).anySatisfy(c -> assertThat(c).isInstanceOf(RaiseEngineeringChange.class));
    }

    @Test
    void aCountryContradictingTheRegistryHoldsTheLotWithTheRegistrysFactAndTheRegistrysCountryIsJudged() {
        // declared CN in 2027, but SEP-A is registered in MY: held for the lie, not for DFARS
        policy.on(received("LOT-L", Chains.chainAWithSeparator("SEP-A", "CN"), Instant.parse("2027-01-01T00:00:00Z")));

        assertThat(sent()).containsExactly(new HoldLotForSourcing("LOT-L", HoldCategory.SOURCING_RULE,
                "declared chain contradicts the source registry: separator SEP-A is registered in MY, the receipt declares CN",
                ACTOR));
    }

    @Test
    void aContradictionWithTheRegistryHoldsEvenWhenBrokenRulesReject() {
        var jdbc = PolicyDatabase.fresh();
        SourcingGroup rejecting = new SourcingGroup(new SourcingTables(jdbc, PolicyDatabase.json()),
                new EvidenceTables(jdbc, PolicyDatabase.json()), commands, SourcingProperties.withoutCertificates("REJECT", false), NOW);
        register(rejecting);
        rejecting.on(effective());

        rejecting.on(received("LOT-L", Chains.chainAWithSeparator("SEP-A", "CN"), JUNE_2026));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(HoldLotForSourcing.class,
                hold -> assertThat(hold.category()).isEqualTo(HoldCategory.SOURCING_RULE));
    }

    @Test
    void aRelocationThatMakesTheDeclarationTrueLiftsTheHold() {
        policy.on(received("LOT-L", Chains.chainAWithSeparator("SEP-A", "CN"), JUNE_2026));
        policy.on(new LotHeld("LOT-L", HoldCategory.SOURCING_RULE, "contradicts", ACTOR, JUNE_2026));
        clearInvocations(commands);

        policy.on(new SupplySourceRelocated("SEP-A", "MY", "CN", "moved to Baotou"), 1L);

        assertThat(sent()).filteredOn(c -> !(c instanceof RaiseEngineeringChange)).singleElement()
                .isInstanceOfSatisfying(LiftSourcingHold.class, lift -> {
            assertThat(lift.lotId()).isEqualTo("LOT-L");
            assertThat(lift.category()).isEqualTo(HoldCategory.SOURCING_RULE);
            assertThat(lift.reason()).contains("agrees with the source registry after relocation of SEP-A to CN");
        });
    }

    @Test
    void aRegistrationThatIsStillAtAnotherTierLiftsNothing() {
        policy.on(received("LOT-U", Chains.chainAWithSeparator("SEP-CN-9", "CN"), JUNE_2026));
        policy.on(new LotHeld("LOT-U", HoldCategory.SOURCING_RULE, "unregistered", ACTOR, JUNE_2026));
        clearInvocations(commands);

        policy.on(registered("SEP-CN-9", Tier.METAL_MAKER, "CN"));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void theWeakestLinksCustodyModelHoldsTheLotNamingTheLink() {
        List<ChainLink> links = new java.util.ArrayList<>(Chains.chainA().links());
        ChainLink separator = links.get(2);
        links.set(2, new ChainLink(separator.tier(), separator.sourceId(), separator.country(), CustodyModel.MASS_BALANCE));

        policy.on(received("LOT-C", new DeclaredChain(links, CustodyModel.IDENTITY_PRESERVED), JUNE_2026));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(HoldLotForSourcing.class, hold -> assertThat(hold.reason())
                .contains("minimum-custody-model", "MASS_BALANCE (weakest link: SEPARATOR SEP-A)"));
    }

    @Test
    void aSpecWithoutSourcingRulesHoldsNothingForTheRegistry() {
        policy.on(new RevisionBecameEffective("SPEC-FREE", "P-FREE", "42SH", 1, JUNE_2026, null,
                new RevisionContent(List.of(), List.of(), SourcingRules.none(), 150.0)));

        policy.on(new MagnetLotReceived("LOT-F", "MAG-A", "P-FREE", "42SH", 100, Chains.chainAWithSeparator("SEP-CN-9", "CN"),
                List.of(), JUNE_2026));

        verify(commands, never()).sendAndWait(any());
    }

    static EngineeringChangeRaised raisedFor(String lotId) {
        return new EngineeringChangeRaised("EC-SRC-" + lotId, ChangeTrigger.SOURCE_CHANGE, "Source change", null, SPEC,
                List.of(ALLOY_SWAP), List.of(lotId), ACTOR, JUNE_2026);
    }

    /** A replay rebuilds the tables (the chain claims too) and sends nothing; live events afterwards decide as before. */
    @Test
    void aReplaySendsNoCommandAndRebuildsTheClaimsThatLaterLotsJoin() {
        policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        policy.on(raisedFor("LOT-2"));
        policy.on(new LotHeld("LOT-2", HoldCategory.SOURCE_CHANGE, "changed", ACTOR, JUNE_2026));
        policy.on(received("LOT-9", Chains.chainAWithAlloy("ALLOY-C", "JP"), JUNE_2026));
        policy.on(raisedFor("LOT-9"));
        var before = tables();
        clearInvocations(commands);

        policy.reset();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sourcing_chain_claim", Integer.class)).isZero();
        replayed(() -> register(policy));
        replayed(() -> policy.on(effective()));
        replayed(() -> policy.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026)));
        replayed(() -> policy.on(raisedFor("LOT-2")));
        replayed(() -> policy.on(new LotHeld("LOT-2", HoldCategory.SOURCE_CHANGE, "changed", ACTOR, JUNE_2026)));
        replayed(() -> policy.on(received("LOT-9", Chains.chainAWithAlloy("ALLOY-C", "JP"), JUNE_2026)));
        replayed(() -> policy.on(raisedFor("LOT-9")));
        verify(commands, never()).sendAndWait(any());
        assertThat(tables()).isEqualTo(before);

        // live again: a lot from the first new chain joins its change, and the approval qualifies its source
        policy.on(received("LOT-3", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        policy.on(new EngineeringChangeApproved("EC-SRC-LOT-2", "qe.bob", "ok", SignatureMeaning.APPROVED, JUNE_2026));
        assertThat(sent()).containsExactly(new AttachLotToChange("EC-SRC-LOT-2", "LOT-3"),
                new HoldLotForSourcing("LOT-3", HoldCategory.SOURCE_CHANGE, "declared chain differs from the qualified chain"
                        + " of SPEC-42SH at ALLOY_MAKER: ALLOY-A -> ALLOY-B; engineering change EC-SRC-LOT-2", ACTOR),
                new QualifySource("QUAL-SPEC-42SH", SPEC, Tier.ALLOY_MAKER, "ALLOY-B", "EC-SRC-LOT-2", "qe.bob"));
    }

    /** Runs a handler as the processor does during a replay: in a unit of work whose event has a replay token. */
    static void replayed(Runnable handler) {
        var token = org.axonframework.eventhandling.ReplayToken.createReplayToken(
                new org.axonframework.eventhandling.GlobalSequenceTrackingToken(100),
                new org.axonframework.eventhandling.GlobalSequenceTrackingToken(1));
        var message = new org.axonframework.eventhandling.GenericTrackedEventMessage<>(token,
                org.axonframework.eventhandling.GenericEventMessage.asEventMessage("replayed"));
        org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(message).execute(handler);
    }

    private List<List<String>> tables() {
        return List.of("sourcing_spec", "sourcing_qualified", "sourcing_lot", "sourcing_chain_claim", "sourcing_change",
                "sourcing_change_lot", "sourcing_source").stream().map(table -> jdbc.queryForList("SELECT * FROM " + table).stream()
                .map(row -> row.values().toString()).sorted().toList()).toList();
    }
}
