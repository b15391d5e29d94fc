package org.specloop.command.sourcing.policy;

import org.specloop.command.kernel.SystemText;
import org.specloop.contracts.common.TextLimits;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.specloop.command.sourcing.QualifiedChain;
import org.specloop.command.sourcing.RegisteredSource;
import org.specloop.command.sourcing.SourcingCheck;
import org.specloop.command.sourcing.SourcingFacts;
import org.specloop.command.sourcing.SourcingFindings;
import org.specloop.command.sourcing.SourceRegistry;
import org.specloop.contracts.sourcing.RegistryChangeNoted;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.change.AttachLotToChange;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.HoldLotForSourcing;
import org.specloop.contracts.lot.LiftSourcingHold;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.RejectLot;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.specification.RequiredCertificate;
import org.specloop.contracts.sourcing.QualifySource;
import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The receipt check: a lot's declared chain against its spec's qualified chain and sourcing rules, and each
 * link against the supply source registry (kept in {@code sourcing_source} from the registry's events).
 * A differing tier raises (or joins) the engineering change of that new chain and holds the lot; a
 * broken rule holds or rejects it citing the rule. Approval qualifies the new sources, which frees
 * the held lots of that chain.
 *
 * <p>Replay-safe: during a replay of the group its handlers rebuild the tables (chain claims included) and
 * send no command ({@link ReplayAwareCommands}); {@link #reset()} empties the tables first.
 */
@Component
@ProcessingGroup(LotSourcingPolicy.PROCESSING_GROUP)
class LotSourcingPolicy {
    public static final String PROCESSING_GROUP = "sourcing";
    public static final String ACTOR = "system:sourcing-check";
    private static final String SOURCE_HOLD = "source_hold";
    private static final String RULE_HOLD = "rule_hold";

    private final SourcingTables tables;
    private final EvidenceTables evidence;
    private final ReplayAwareCommands commands;
    private final boolean rejectOnRuleBreach;
    private final boolean rejectLotsOfRejectedChange;
    private final List<RequiredCertificate> tierDefaults;
    private final Clock clock;
    private final SourcingFacts facts;

    public LotSourcingPolicy(SourcingTables tables, EvidenceTables evidence, CommandGateway commands,
                             SourcingProperties properties, Clock clock, SourcingFacts facts) {
        this.facts = facts;
        this.tierDefaults = properties.tierDefaults();
        this.clock = clock;
        this.tables = tables;
        this.evidence = evidence;
        this.commands = new ReplayAwareCommands(commands);
        this.rejectOnRuleBreach = properties.rejectOnRuleBreach();
        this.rejectLotsOfRejectedChange = properties.rejectLotsOfRejectedChange();
    }

    @EventHandler
    void on(RevisionBecameEffective event) {
        tables.putSpec(new SourcingTables.Spec(event.specificationId(), event.partNumber(), event.revision(), event.content()));
        recheckHeldLots(event.partNumber(), "revision " + event.revision() + " of " + event.specificationId());
    }

    @EventHandler
    void on(MagnetLotReceived event, @MessageIdentifier String eventId) {
        received(event, facts.positionOf(eventId).orElse(null));
    }

    /** position: the receipt's place in the store, which dates the registry's countries it is judged against. */
    void received(MagnetLotReceived event, Long position) {
        SourcingTables.Lot lot = new SourcingTables.Lot(event.lotId(), event.partNumber(), event.declaredChain(),
                event.receivedAt().atZone(ZoneOffset.UTC).toLocalDate(), position);
        tables.received(lot);
        tables.lotOrigin(event.lotId(), event.supplierId(), event.grade());
        tables.specOfPart(event.partNumber()).ifPresent(spec -> {
            SourcingFindings findings = checkAsOfReceipt(lot, spec);
            if (findings.ruleBroken() || findings.registryContradicted() || findings.certificateLapsed()
                    || findings.sourceDisqualified()) {
                String reason = SystemText.fit(ruleReason(spec, findings), TextLimits.REASON);
                // a contradiction with the registry alone holds: a registration or relocation may yet make it right
                commands.sendAndWait(rejectOnRuleBreach && findings.ruleBroken() ? new RejectLot(lot.lotId(), reason, ACTOR)
                        : new HoldLotForSourcing(lot.lotId(), HoldCategory.SOURCING_RULE, reason, ACTOR));
            }
            if (findings.sourceChanged()) {
                sourceChanged(lot, spec, findings);
            }
        });
    }

    /** Registry contradictions first: they say which declaration is false, which the rules then judge. */
    private static String ruleReason(SourcingTables.Spec spec, SourcingFindings findings) {
        List<String> parts = new java.util.ArrayList<>();
        if (findings.registryContradicted()) {
            parts.add("declared chain contradicts the source registry: " + findings.contradictionText());
        }
        if (findings.ruleBroken()) {
            parts.add("sourcing rules of " + spec.specificationId() + " revision " + spec.revision() + " broken: "
                    + findings.breachText());
        }
        if (findings.certificateLapsed()) {
            parts.add("required certificates lacking: " + findings.lapseText());
        }
        if (findings.sourceDisqualified()) {
            parts.add("disqualified sources: " + findings.disqualificationText());
        }
        return String.join("; ", parts);
    }

    @EventHandler
    void on(LotReleased event) {
        tables.released(event.lotId());
    }

    /**
     * The certificate watch's daily re-judging (called by {@link CertificateWatch} outside the processor, never
     * during a replay): held lots may be freed, and unreleased lots whose chain has lost a required certificate
     * since receipt, or that a country exclusion now covers since its effective date passed, are held: a source
     * whose certificate expired, or whose country is excluded, qualifies no lot accepted from that day. Held, never
     * rejected, even when breaches reject at receipt: the lot was accepted into inspection under the earlier rule.
     */
    void rejudgeStock(String cause) {
        for (SourcingTables.Lot lot : tables.unreleasedLots()) {
            tables.specOfPart(lot.partNumber()).ifPresent(spec -> {
                SourcingFindings findings = check(lot, spec);
                if ((findings.certificateLapsed() || findings.datedRuleBroken() || findings.sourceDisqualified())
                        && !tables.isHeld(lot.lotId(), RULE_HOLD)) {
                    commands.sendAndWait(new HoldLotForSourcing(lot.lotId(), HoldCategory.SOURCING_RULE,
                            SystemText.fit(ruleReason(spec, findings) + " (" + cause + ")", TextLimits.REASON), ACTOR));
                } else {
                    recheck(lot, spec, cause);
                }
            });
        }
    }

    /**
     * A registry change, noted on the spec's sourcing record by {@link RegistryChanges}, in the order of the part's
     * events. A registration or a new certificate can make a held lot's declaration true: held lots are checked
     * again (only ever lifting holds, as lots in stock are not judged again by new facts). A relocation can do so
     * too; lots received after it (by store position) that were judged before the registry's sequence had it are
     * judged now against the new country; lots received before it are not held by it, as the receipt check judges
     * the registry as it was on receipt. It is also a change of manufacturing site: if the spec qualifies the source,
     * it gets a source change that requalifies it in place (the source replacing itself), which its later lots join,
     * held until approved. A disqualified source qualifies no lot: the part's unreleased lots naming it are held now
     * (judged on today, as the certificate watch judges them), later receipts at receipt; if the spec qualified it,
     * it gets a source change to find and qualify a replacement.
     */
    @EventHandler
    void on(RegistryChangeNoted event) {
        tables.spec(event.specificationId()).ifPresent(spec -> {
            switch (event.kind()) {
                case REGISTERED -> recheckHeldLots(spec.partNumber(), "registration of " + event.sourceId());
                case CERTIFICATE_ADDED -> recheckHeldLots(spec.partNumber(), event.reason() + " of " + event.sourceId());
                case RELOCATED -> relocated(spec, event);
                case DISQUALIFIED -> disqualified(spec, event);
            }
        });
    }

    private void relocated(SourcingTables.Spec spec, RegistryChangeNoted event) {
        String cause = "relocation of " + event.sourceId() + " to " + event.country();
        for (SourcingTables.Lot lot : tables.unreleasedLotsOf(spec.partNumber())) {
            if (lot.receivedPosition() != null && lot.receivedPosition() > event.registryIndex() && names(lot, event.sourceId())
                    && !tables.isHeld(lot.lotId(), RULE_HOLD)) {
                SourcingFindings findings = checkAsOfReceipt(lot, spec);
                if (findings.registryContradicted()) {
                    commands.sendAndWait(new HoldLotForSourcing(lot.lotId(), HoldCategory.SOURCING_RULE,
                            SystemText.fit(ruleReason(spec, findings) + " (" + cause + ")", TextLimits.REASON), ACTOR));
                }
            }
        }
        recheckHeldLots(spec.partNumber(), cause);
        tables.source(event.sourceId()).filter(source -> qualifies(spec, source)).ifPresent(source -> {
            SourceSwap swap = new SourceSwap(source.tier(), source.sourceId(), source.sourceId());
            // the event's sequence tells relocations of one source apart; a replay claims the same ids again
            SourcingTables.Claim claim = tables.reclaim(spec.specificationId(), SourcingFindings.chainKeyOf(List.of(swap)),
                    "EC-REL-" + source.sourceId() + "-" + event.sourceSequence() + "-" + spec.specificationId());
            if (claim.created()) {
                raiseForSource(claim.changeId(), spec, List.of(swap), "Relocation of " + tierName(source)
                        + " " + source.sourceId() + " from " + event.previousCountry() + " to " + event.country(),
                        "Source " + source.sourceId() + " (" + tierName(source) + ") moved from "
                                + event.previousCountry() + " to " + event.country() + ": " + event.reason()
                                + ". Specs that qualify it: " + specNames(specsQualifying(source)) + " (one change each)."
                                + " A change of manufacturing site requalifies the source for " + spec.specificationId()
                                + ": its lots received from now on join this change and are held until it is approved.");
            }
        });
    }

    private void disqualified(SourcingTables.Spec spec, RegistryChangeNoted event) {
        String cause = "disqualification of " + event.sourceId();
        for (SourcingTables.Lot lot : tables.unreleasedLotsOf(spec.partNumber())) {
            if (names(lot, event.sourceId()) && !tables.isHeld(lot.lotId(), RULE_HOLD)) {
                commands.sendAndWait(new HoldLotForSourcing(lot.lotId(), HoldCategory.SOURCING_RULE,
                        SystemText.fit(ruleReason(spec, check(lot, spec)) + " (" + cause + ")", TextLimits.REASON), ACTOR));
            }
        }
        tables.source(event.sourceId()).filter(source -> qualifies(spec, source)).ifPresent(source ->
                raiseForSource("EC-DQ-" + source.sourceId() + "-" + spec.specificationId(), spec, List.of(),
                        "Disqualification of " + tierName(source) + " " + source.sourceId(),
                        "Source " + source.sourceId() + " (" + tierName(source) + ", " + source.country()
                                + ") was disqualified: " + event.reason() + ". Specs that qualified it: "
                                + specNames(specsQualifying(source)) + " (one change each). Its lots are held; "
                                + spec.specificationId() + " needs a replacement qualified at " + source.tier() + "."));
    }

    private static boolean names(SourcingTables.Lot lot, String sourceId) {
        return lot.chain() != null && lot.chain().links().stream().anyMatch(l -> sourceId.equals(l.sourceId()));
    }

    /** Whether the spec's revision or approved changes name the source at its tier (an open requalification included). */
    private boolean qualifies(SourcingTables.Spec spec, RegisteredSource source) {
        return new QualifiedChain(spec.content().sourcingRules().qualifiedSources(),
                tables.qualifiedByChanges(spec.specificationId())).named(source.tier(), source.sourceId());
    }

    /** Specs whose revision or approved changes name the source at its tier (an open requalification included). */
    private List<SourcingTables.Spec> specsQualifying(RegisteredSource source) {
        return tables.specs().stream().filter(spec -> qualifies(spec, source)).toList();
    }

    private static String specNames(List<SourcingTables.Spec> specs) {
        return String.join(", ", specs.stream().map(SourcingTables.Spec::specificationId).toList());
    }

    /** Raised once per id: a replay or a retried event finds the change there and raises nothing new. */
    private void raiseForSource(String changeId, SourcingTables.Spec spec, List<SourceSwap> swaps, String title,
                                String description) {
        try {
            commands.sendAndWait(new RaiseEngineeringChange(changeId, ChangeTrigger.SOURCE_CHANGE,
                    SystemText.fit(title + " for " + spec.specificationId(), TextLimits.NAME),
                    SystemText.fit(description, TextLimits.DESCRIPTION), spec.specificationId(), swaps, List.of(), ACTOR));
        } catch (AggregateStreamCreationException alreadyRaised) {
            // raised before this event was handled again
        }
    }

    private void sourceChanged(SourcingTables.Lot lot, SourcingTables.Spec spec, SourcingFindings findings) {
        // named after the lot that first showed the chain, so that a replay raises nothing new
        SourcingTables.Claim claim = tables.claim(spec.specificationId(), findings.chainKey(), "EC-SRC-" + lot.lotId());
        String difference = "declared chain differs from the qualified chain of " + spec.specificationId() + " at "
                + findings.swapText();
        if ("REJECTED".equals(claim.status())) {
            commands.sendAndWait(new HoldLotForSourcing(lot.lotId(), HoldCategory.SOURCE_CHANGE,
                    SystemText.fit(difference + "; this chain was rejected by engineering change " + claim.changeId(),
                            TextLimits.REASON), ACTOR));
            return;
        }
        if (claim.created()) {
            raise(claim.changeId(), lot, spec, findings);
        } else {
            commands.sendAndWait(new AttachLotToChange(claim.changeId(), lot.lotId()));
        }
        commands.sendAndWait(new HoldLotForSourcing(lot.lotId(), HoldCategory.SOURCE_CHANGE,
                SystemText.fit(difference + "; engineering change " + claim.changeId(), TextLimits.REASON), ACTOR));
    }

    private void raise(String changeId, SourcingTables.Lot lot, SourcingTables.Spec spec, SourcingFindings findings) {
        try {
            commands.sendAndWait(new RaiseEngineeringChange(changeId, ChangeTrigger.SOURCE_CHANGE,
                    SystemText.fit("Source change for " + spec.specificationId() + ": " + findings.swapText(),
                            TextLimits.NAME),
                    "Lot " + lot.lotId() + " (received " + lot.receivedOn() + ") declares a chain that differs from the chain"
                            + " qualified for " + spec.specificationId() + " revision " + spec.revision() + " at "
                            + findings.changedTiers() + ". Lots from this chain are held until the change is decided.",
                    spec.specificationId(), findings.swaps(), List.of(lot.lotId()), ACTOR));
        } catch (AggregateStreamCreationException alreadyRaised) {
            commands.sendAndWait(new AttachLotToChange(changeId, lot.lotId()));
        }
    }

    @EventHandler
    void on(EngineeringChangeRaised event) {
        if (event.trigger() == ChangeTrigger.SOURCE_CHANGE) {
            tables.putChange(new SourcingTables.Change(event.changeId(), event.specificationId(), event.sourceChanges(), "OPEN"));
        }
    }

    /** The approver's signature on the change is the authority for qualifying each new source. */
    @EventHandler
    void on(EngineeringChangeApproved event) {
        tables.change(event.changeId()).filter(c -> c.specificationId() != null).ifPresent(change -> {
            tables.changeStatus(change.changeId(), "APPROVED");
            tables.decideClaims(change.changeId(), "APPROVED");
            change.swaps().forEach(swap -> commands.sendAndWait(new QualifySource(
                    QualifySource.qualificationIdOf(change.specificationId()), change.specificationId(), swap.tier(),
                    swap.newSourceId(), change.changeId(), event.approver())));
            // a source requalified in place may be qualified already, so no SourceQualified would free its lots
            tables.spec(change.specificationId()).ifPresent(spec -> recheckHeldLots(spec.partNumber(),
                    "approval of engineering change " + change.changeId()));
        });
    }

    @EventHandler
    void on(EngineeringChangeRejected event) {
        tables.change(event.changeId()).ifPresent(change -> {
            tables.changeStatus(change.changeId(), "REJECTED");
            tables.decideClaims(change.changeId(), "REJECTED");
            if (rejectLotsOfRejectedChange) {
                // the change's reason may already be TextLimits.REASON long: quoted, it is fitted again
                String reason = SystemText.fit("engineering change " + change.changeId() + " rejected: " + event.reason(),
                        TextLimits.REASON);
                evidence.lotsOf(change.changeId()).forEach(lotId -> commands.sendAndWait(new RejectLot(lotId, reason,
                        ACTOR)));
            }
        });
    }

    @EventHandler
    void on(SourceQualified event) {
        tables.qualify(event.specificationId(), event.tier(), event.sourceId(), event.changeId());
        tables.spec(event.specificationId()).ifPresent(spec -> recheckHeldLots(spec.partNumber(),
                event.tier() + " source " + event.sourceId() + " qualified by engineering change " + event.changeId()));
    }

    @EventHandler
    void on(LotHeld event) {
        holdFlag(event.lotId(), event.category(), true);
    }

    @EventHandler
    void on(LotHoldLifted event) {
        holdFlag(event.lotId(), event.category(), false);
    }

    @EventHandler
    void on(LotRejected event) {
        tables.rejected(event.lotId());
    }

    /** Before a replay, in the transaction that resets the group's tokens. */
    @ResetHandler
    void reset() {
        tables.clear();
    }

    /** Checks held lots again; it only ever lifts holds, since lots already in stock are not re-judged by new rules. */
    private void recheckHeldLots(String partNumber, String cause) {
        tables.specOfPart(partNumber).ifPresent(spec -> tables.heldLotsOf(partNumber).forEach(lot -> recheck(lot, spec, cause)));
    }

    private void recheck(SourcingTables.Lot lot, SourcingTables.Spec spec, String cause) {
        SourcingFindings findings = check(lot, spec);
        if (!findings.sourceChanged() && tables.isHeld(lot.lotId(), SOURCE_HOLD)) {
            commands.sendAndWait(new LiftSourcingHold(lot.lotId(), HoldCategory.SOURCE_CHANGE,
                    "declared chain is qualified for " + spec.specificationId() + " after " + cause, ACTOR));
        }
        if (!findings.ruleBroken() && !findings.registryContradicted() && !findings.certificateLapsed()
                && !findings.sourceDisqualified() && tables.isHeld(lot.lotId(), RULE_HOLD)) {
            commands.sendAndWait(new LiftSourcingHold(lot.lotId(), HoldCategory.SOURCING_RULE,
                    "declared chain meets the sourcing rules of " + spec.specificationId()
                            + ", its sources hold the required certificates, and it agrees with the source registry after "
                            + cause, ACTOR));
        }
    }

    private SourcingFindings check(SourcingTables.Lot lot, SourcingTables.Spec spec) {
        return check(lot, spec, tables.registryFor(lot.chain()));
    }

    /** The registry's countries as they were at the lot's receipt (SourcingTables.registryFor with a position). */
    private SourcingFindings checkAsOfReceipt(SourcingTables.Lot lot, SourcingTables.Spec spec) {
        return check(lot, spec, tables.registryFor(lot.chain(), lot.receivedPosition()));
    }

    private SourcingFindings check(SourcingTables.Lot lot, SourcingTables.Spec spec, SourceRegistry registry) {
        QualifiedChain qualified = new QualifiedChain(spec.content().sourcingRules().qualifiedSources(),
                tables.qualifiedByChanges(spec.specificationId()), tables.underRequalification(spec.specificationId()));
        return SourcingCheck.check(lot.chain(), spec.content().sourcingRules(), qualified, registry,
                lot.receivedOn(), tierDefaults, judgementDay(lot));
    }

    /** Stock not yet released is judged on today's certificates and exclusions too: it has not been accepted yet. */
    private LocalDate judgementDay(SourcingTables.Lot lot) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return today.isAfter(lot.receivedOn()) ? today : lot.receivedOn();
    }

    /** "separator" rather than SEPARATOR: titles are read by people. */
    private static String tierName(RegisteredSource source) {
        return source.tier().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private void holdFlag(String lotId, HoldCategory category, boolean held) {
        if (category == HoldCategory.SOURCE_CHANGE) {
            tables.hold(lotId, SOURCE_HOLD, held);
        } else if (category == HoldCategory.SOURCING_RULE) {
            tables.hold(lotId, RULE_HOLD, held);
        }
    }
}
