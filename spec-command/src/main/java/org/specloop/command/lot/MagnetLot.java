package org.specloop.command.lot;

import org.specloop.contracts.common.TextLimits;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.specloop.command.kernel.Required;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.command.kernel.Signoff;
import org.specloop.command.lot.conformance.ConformanceEvaluator;
import org.specloop.command.lot.conformance.LotEvaluation;
import org.specloop.command.lot.conformance.NonconformanceReason;
import org.specloop.command.lot.conformance.SampleMeasurement;
import org.specloop.contracts.lot.ApproveLotDeviation;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.DeviationDisposition;
import org.specloop.contracts.lot.LotDeviationApproved;
import org.specloop.contracts.lot.LotDeviationRejected;
import org.specloop.contracts.lot.LotDeviationRequested;
import org.specloop.contracts.lot.RejectLotDeviation;
import org.specloop.contracts.lot.RequestLotDeviation;
import org.specloop.contracts.lot.EvaluateLotConformance;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.HoldLot;
import org.specloop.contracts.lot.HoldLotForSourcing;
import org.specloop.contracts.lot.LiftSourcingHold;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementEntry;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.lot.RecordMeasurements;
import org.specloop.contracts.lot.RejectLot;
import org.specloop.contracts.lot.ReleaseLot;

/**
 * A received magnet lot: its measurements and its disposition. A lot is released only when no
 * hold category remains and it conforms: its last evaluation passed, or a deviation accepting it as it
 * is was signed by a second person (material review). A manual release cannot override either, and
 * rejection is final.
 */
public class MagnetLot {
    /** Who decides when the evaluation holds or releases a lot: the loop, not a person. */
    public static final String CONFORMANCE_ACTOR = "system:lot-conformance";
    /**
     * Metadata on every MeasurementRecorded of a batch except its last. The batch commits as a whole,
     * so the last event is always there; whoever reacts per batch (the evaluation) waits for it.
     */
    public static final String BATCH_CONTINUES = "measurementBatchContinues";
    /** The read model keeps a deviation's reasons in columns of this size (V10_61). */
    public static final int DEVIATION_REASON_MAX_LENGTH = TextLimits.REASON;

    @AggregateIdentifier
    private String lotId;
    private String partNumber;
    private final Set<String> measurementIds = new HashSet<>();
    private final List<SampleMeasurement> measurements = new ArrayList<>();
    private final Set<HoldCategory> holds = EnumSet.noneOf(HoldCategory.class);
    private boolean released;
    private boolean rejected;
    private EvaluationKey lastEvaluation;
    private Verdict lastVerdict;
    private int evaluations;
    private final LotDeviations deviations = new LotDeviations();
    /** The signed use-as-is deviation accepting the lot, and how many evaluations it had seen: a later one decides anew. */
    private String acceptedByDeviation;
    private int acceptedAtEvaluation;

    protected MagnetLot() {
    }

    @CommandHandler
    public MagnetLot(ReceiveMagnetLot command) {
        LotCommands.check(command);
        apply(new MagnetLotReceived(command.lotId(), command.supplierId(), command.partNumber(), command.grade(),
                command.quantity(), command.declaredChain(),
                command.certificateReferences() == null ? List.of() : List.copyOf(command.certificateReferences()),
                command.receivedAt()));
        // The receipt checks (declared chain against the qualified chain, sourcing rules) need the spec's
        // effective revision, which the lot does not know: org.specloop.command.sourcing.policy runs them
        // after MagnetLotReceived and answers with HoldLotForSourcing.
    }

    /** Sent by the sourcing check, possibly again on replay: a category already holding the lot is no news. */
    @CommandHandler
    public void handle(HoldLotForSourcing command, Clock clock) {
        checkSourcingCategory(command.category());
        Required.argument(command.reason(), "reason");
        if (!rejected && !holds.contains(command.category())) {
            apply(new LotHeld(lotId, command.category(), command.reason(), command.actor(), clock.instant()));
        }
    }

    /** Releases only a lot whose last evaluation passed: lifting a sourcing hold must not skip the lab. */
    @CommandHandler
    public void handle(LiftSourcingHold command, Clock clock) {
        checkSourcingCategory(command.category());
        Required.argument(command.reason(), "reason");
        if (rejected || !holds.contains(command.category())) {
            return;
        }
        apply(new LotHoldLifted(lotId, command.category(), command.reason(), command.actor()));
        if (holds.isEmpty() && !released && conforms()) {
            apply(new LotReleased(lotId, command.reason(), command.actor(), clock.instant(), acceptingDeviation()));
        }
    }

    private static void checkSourcingCategory(HoldCategory category) {
        if (category != HoldCategory.SOURCE_CHANGE && category != HoldCategory.SOURCING_RULE) {
            throw new IllegalArgumentException("a sourcing hold is SOURCE_CHANGE or SOURCING_RULE, not " + category);
        }
    }

    @CommandHandler
    public void handle(RecordMeasurement command) {
        record(List.of(LotCommands.entry(command)), false);
    }

    /** Answers how many measurements were new: a retried batch records only what the first attempt did not. */
    @CommandHandler
    public int handle(RecordMeasurements command) {
        if (command.measurements() == null || command.measurements().isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one measurement");
        }
        return record(command.measurements(), true);
    }

    /**
     * Same rules for one measurement or many: a measurement id seen before is skipped (a client retrying
     * must not count a sample twice), and a bad entry refuses the whole batch before anything is applied.
     */
    private int record(List<MeasurementEntry> entries, boolean batch) {
        List<Integer> fresh = LotCommands.unseen(entries, measurementIds);
        if (fresh.isEmpty()) {
            return 0;
        }
        refuseIfRejected("record a measurement");
        fresh.forEach(i -> LotCommands.check(entries.get(i), batch ? "measurements[" + i + "]" : ""));
        for (int n = 0; n < fresh.size(); n++) {
            MeasurementEntry entry = entries.get(fresh.get(n));
            MetaData marker = n < fresh.size() - 1 ? MetaData.with(BATCH_CONTINUES, "true") : MetaData.emptyInstance();
            apply(new MeasurementRecorded(lotId, partNumber, entry.measurementId(), entry.sampleId(),
                    entry.testTemperatureC(), entry.lab(), entry.instrument(), entry.method(), List.copyOf(entry.values()),
                    entry.measuredAt()), marker);
        }
        return fresh.size();
    }

    @CommandHandler
    public void handle(HoldLot command, Clock clock) {
        refuseIfRejected("hold");
        Required.argument(command.reason(), "reason");
        Required.atMost(command.publicReason(), TextLimits.REASON, "publicReason");
        if (!holds.contains(HoldCategory.MANUAL)) {
            apply(new LotHeld(lotId, HoldCategory.MANUAL, command.reason(), command.actor(), clock.instant(),
                    command.publicReason()));
        }
    }

    /**
     * Lifts the manual hold of a conforming lot and releases it when nothing else holds it. A lot whose last
     * evaluation did not pass (or that was never evaluated) goes through a signed deviation instead.
     */
    @CommandHandler
    public void handle(ReleaseLot command, Clock clock) {
        refuseIfRejected("release");
        Required.argument(command.reason(), "reason");
        Required.atMost(command.publicReason(), TextLimits.REASON, "publicReason");
        if (released && holds.isEmpty()) {
            return; // a retried release is no news
        }
        if (!conforms()) {
            throw new RuleViolation("lot-not-conforming", "lot " + lotId + " " + conformanceInWords()
                    + "; only a deviation signed by a second person can release it (POST /api/lots/" + lotId + "/deviations)");
        }
        boolean manualHold = holds.contains(HoldCategory.MANUAL);
        if (!manualHold && !holds.isEmpty()) {
            throw new RuleViolation("lot-held", "lot " + lotId + " is held for " + holds
                    + ", not manually; only the evaluation or change that raised such a hold can lift it");
        }
        if (manualHold) {
            apply(new LotHoldLifted(lotId, HoldCategory.MANUAL, command.reason(), command.actor()));
        }
        if (holds.isEmpty() && !released) {
            apply(new LotReleased(lotId, command.reason(), command.actor(), clock.instant(), acceptingDeviation(),
                    command.publicReason()));
        }
    }

    /** A quality engineer asks for a material review decision on a lot that does not conform. */
    @CommandHandler
    public void handle(RequestLotDeviation command, Clock clock) {
        Required.argument(command.deviationId(), "deviationId");
        Required.argument(command.requester(), "requester");
        Required.argument(command.disposition(), "disposition");
        Signoff.checkReason(command.reason());
        Required.atMost(command.reason(), DEVIATION_REASON_MAX_LENGTH, "reason");
        LotDeviations.Deviation known = deviations.find(command.deviationId());
        if (known != null) {
            if (known.sameRequest(command.disposition(), command.reason(), command.requester())) {
                return; // a retried request
            }
            throw new RuleViolation("deviation-exists", "lot " + lotId + " already has a deviation " + command.deviationId());
        }
        refuseIfRejected("request a deviation");
        if (conforms()) {
            throw new RuleViolation("lot-conforms", "lot " + lotId + " " + conformanceInWords() + "; it needs no deviation");
        }
        deviations.refuseIfAnyOpen(lotId);
        apply(new LotDeviationRequested(lotId, command.deviationId(), command.disposition(), command.reason(),
                command.requester(), lastVerdict, lastEvaluation == null ? null : lastEvaluation.specificationId(),
                lastEvaluation == null ? null : lastEvaluation.revision(), clock.instant()));
    }

    /**
     * The second person's signature (the same four-eyes rule as revisions and changes) puts the deviation's
     * disposition into effect: use as is releases, rework holds until new measurements conform, scrap and
     * return to supplier reject.
     */
    @CommandHandler
    public void handle(ApproveLotDeviation command, Clock clock) {
        LotDeviations.Deviation deviation = deviations.open(lotId, command.deviationId());
        Signoff.checkApproval(command.approver(), deviation.requestedBy(), command.reason(), command.signatureMeaning());
        Required.atMost(command.reason(), DEVIATION_REASON_MAX_LENGTH, "reason");
        refuseIfRejected("approve a deviation");
        if (conforms()) {
            throw new RuleViolation("lot-conforms", "lot " + lotId + " " + conformanceInWords()
                    + " since the deviation was asked; reject the deviation instead");
        }
        Instant now = clock.instant();
        String approver = command.approver();
        apply(new LotDeviationApproved(lotId, deviation.id(), deviation.disposition(), approver, command.reason(),
                command.signatureMeaning(), now));
        String why = "deviation " + deviation.id() + " (" + deviation.disposition() + ") signed by " + approver + ": "
                + deviation.reason();
        switch (deviation.disposition()) {
            case USE_AS_IS -> {
                for (HoldCategory category : List.of(HoldCategory.NONCONFORMANCE, HoldCategory.MANUAL)) {
                    if (holds.contains(category)) {
                        apply(new LotHoldLifted(lotId, category, why, approver));
                    }
                }
                if (holds.isEmpty() && !released) {
                    apply(new LotReleased(lotId, why, approver, now, deviation.id()));
                }
            }
            case REWORK -> {
                if (!holds.contains(HoldCategory.NONCONFORMANCE)) {
                    apply(new LotHeld(lotId, HoldCategory.NONCONFORMANCE, why + "; held until new measurements conform",
                            approver, now));
                }
            }
            case SCRAP, RETURN_TO_SUPPLIER -> apply(new LotRejected(lotId, why, approver, now, deviation.id()));
        }
    }

    /** No four-eyes rule: a refusal puts nothing into effect, and a requester may withdraw their own request. */
    @CommandHandler
    public void handle(RejectLotDeviation command, Clock clock) {
        LotDeviations.Deviation deviation = deviations.open(lotId, command.deviationId());
        Required.argument(command.rejector(), "rejector");
        Signoff.checkReason(command.reason());
        Required.atMost(command.reason(), DEVIATION_REASON_MAX_LENGTH, "reason");
        apply(new LotDeviationRejected(lotId, deviation.id(), command.rejector(), command.reason(), clock.instant()));
    }

    /** Conforming: the last evaluation passed, or a signed use-as-is deviation accepted the lot after it. */
    private boolean conforms() {
        return lastVerdict == Verdict.PASS || acceptingDeviation() != null;
    }

    private String acceptingDeviation() {
        return acceptedByDeviation != null && acceptedAtEvaluation == evaluations ? acceptedByDeviation : null;
    }

    private String conformanceInWords() {
        if (acceptingDeviation() != null) {
            return "was accepted as it is by deviation " + acceptedByDeviation;
        }
        if (lastVerdict == null) {
            return "was never evaluated against a specification";
        }
        return "was last evaluated " + lastVerdict + " against " + lastEvaluation.specificationId() + " revision "
                + lastEvaluation.revision();
    }

    @CommandHandler
    public void handle(EvaluateLotConformance command, Clock clock) {
        if (rejected) {
            return; // rejection is final: a new revision must not bring a scrapped lot back
        }
        LotEvaluation evaluation = ConformanceEvaluator.evaluate(measurements, command.characteristics());
        EvaluationKey key = new EvaluationKey(command.specificationId(), command.revision(), evaluation.results());
        if (key.equals(lastEvaluation)) {
            return; // policies may replay; the same answer twice is no news and changes no disposition
        }
        apply(new LotConformanceEvaluated(lotId, command.specificationId(), command.revision(),
                evaluation.results(), evaluation.verdict(), command.trigger(), clock.instant()));
        if (evaluation.verdict() == Verdict.FAIL && !holds.contains(HoldCategory.NONCONFORMANCE)) {
            apply(new LotHeld(lotId, HoldCategory.NONCONFORMANCE, NonconformanceReason.of(evaluation.failures()),
                    CONFORMANCE_ACTOR, clock.instant()));
        } else if (evaluation.verdict() == Verdict.PASS) {
            String reason = "conforms to " + command.specificationId() + " revision " + command.revision();
            if (holds.contains(HoldCategory.NONCONFORMANCE)) {
                apply(new LotHoldLifted(lotId, HoldCategory.NONCONFORMANCE, reason, CONFORMANCE_ACTOR));
            }
            if (holds.isEmpty() && !released) {
                apply(new LotReleased(lotId, reason, CONFORMANCE_ACTOR, clock.instant()));
            }
        }
    }

    /** Rejecting an already rejected lot is a no-op, so that a retried request does not fail. */
    @CommandHandler
    public void handle(RejectLot command, Clock clock) {
        Required.argument(command.reason(), "reason");
        Required.atMost(command.publicReason(), TextLimits.REASON, "publicReason");
        if (!rejected) {
            apply(new LotRejected(lotId, command.reason(), command.actor(), clock.instant(), null, command.publicReason()));
        }
    }

    private void refuseIfRejected(String action) {
        if (rejected) {
            throw new RuleViolation("lot-rejected", "lot " + lotId + " is rejected; cannot " + action);
        }
    }

    /** What makes two evaluations the same answer: the revision asked about and the results found. */
    private record EvaluationKey(String specificationId, int revision, List<CharacteristicResult> results) {
    }

    @EventSourcingHandler
    void on(MagnetLotReceived event) {
        lotId = event.lotId();
        partNumber = event.partNumber();
    }

    @EventSourcingHandler
    void on(MeasurementRecorded event) {
        measurementIds.add(event.measurementId());
        measurements.add(new SampleMeasurement(event.sampleId(), event.testTemperatureC(), event.values()));
    }

    @EventSourcingHandler
    void on(LotConformanceEvaluated event) {
        lastEvaluation = new EvaluationKey(event.specificationId(), event.revision(), event.results());
        lastVerdict = event.verdict();
        evaluations++;
    }

    @EventSourcingHandler
    void on(LotDeviationRequested event) {
        deviations.requested(event);
    }

    @EventSourcingHandler
    void on(LotDeviationApproved event) {
        deviations.decided(event.deviationId(), LotDeviations.Status.APPROVED);
        if (event.disposition() == DeviationDisposition.USE_AS_IS) {
            acceptedByDeviation = event.deviationId();
            acceptedAtEvaluation = evaluations;
        }
    }

    @EventSourcingHandler
    void on(LotDeviationRejected event) {
        deviations.decided(event.deviationId(), LotDeviations.Status.REJECTED);
    }

    @EventSourcingHandler
    void on(LotHeld event) {
        holds.add(event.category());
        released = false;
    }

    @EventSourcingHandler
    void on(LotHoldLifted event) {
        holds.remove(event.category());
    }

    @EventSourcingHandler
    void on(LotReleased event) {
        released = true;
    }

    @EventSourcingHandler
    void on(LotRejected event) {
        rejected = true;
    }
}
