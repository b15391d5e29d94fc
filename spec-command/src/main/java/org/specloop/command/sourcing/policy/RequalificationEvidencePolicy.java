package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.command.sourcing.EvidenceMatcher;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeClosed;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.RecordChangeEvidence;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.command.sourcing.ppap.PpapEvidence;
import org.specloop.contracts.qualification.RecordFirstArticleInspection;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.SpecificationCreated;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Matches evidence to the plans of open source changes: measurements of lots from the new chain at
 * the plan's temperatures, and rig results of motors built with such lots. Facts are kept, so that
 * evidence which came before the plan or before its lot joined the change still counts. Whenever what
 * a change's first article record is built from may have changed, it sends the record as it now stands.
 * Runs in the same strictly ordered processor as {@link LotSourcingPolicy}, whose change and spec
 * tables it reads. Replay-safe like it: a replay records the matches as sent without sending them again.
 */
@Component
@ProcessingGroup(LotSourcingPolicy.PROCESSING_GROUP)
class RequalificationEvidencePolicy {
    public static final String ACTOR = "system:requalification";
    private static final Logger log = LoggerFactory.getLogger(RequalificationEvidencePolicy.class);

    private final EvidenceTables evidence;
    private final SourcingTables tables;
    private final ReplayAwareCommands commands;

    private final FirstArticles firstArticles;

    RequalificationEvidencePolicy(EvidenceTables evidence, SourcingTables tables, FirstArticles firstArticles,
                                  CommandGateway commands) {
        this.evidence = evidence;
        this.tables = tables;
        this.firstArticles = firstArticles;
        this.commands = new ReplayAwareCommands(commands);
    }

    /** The part name of a first article record is the spec's title. */
    @EventHandler
    void on(SpecificationCreated event) {
        tables.specTitle(event.specificationId(), event.title());
    }

    @EventHandler
    void on(EngineeringChangeRaised event) {
        if (event.trigger() == ChangeTrigger.SOURCE_CHANGE) {
            event.affectedLots().forEach(lot -> evidence.attach(event.changeId(), lot));
        }
    }

    @EventHandler
    void on(LotAttachedToChange event) {
        evidence.attach(event.changeId(), event.lotId());
        rematch(event.changeId());
        recordFirstArticle(event.changeId());
    }

    @EventHandler
    void on(EngineeringChangePlanned event) {
        if (tables.change(event.changeId()).isEmpty()) {
            return; // not a source change: its evidence is recorded by people
        }
        evidence.plan(event.changeId(), event.items().stream()
                .map(i -> new EvidenceMatcher.Item(i.itemId(), i.evidenceType())).toList());
        rematch(event.changeId());
        recordFirstArticle(event.changeId());
    }

    @EventHandler
    void on(MeasurementRecorded event) {
        EvidenceTables.Measurement measurement = new EvidenceTables.Measurement(event.lotId(), event.sampleId(),
                event.testTemperatureC(), event.values().stream().map(PropertyValue::characteristic).distinct().toList());
        evidence.measured(event.lotId(), event.measurementId(), measurement, event.values(), tooling(event), event.measuredAt());
        evidence.collectingChangesOf(List.of(event.lotId())).forEach(change -> {
            send(change, matches(change, measurement));
            recordFirstArticle(change);
        });
    }

    /** AS9102 Form 3's designed/qualified tooling: where and with what a value was measured. */
    private static String tooling(MeasurementRecorded event) {
        List<String> parts = new java.util.ArrayList<>();
        if (event.lab() != null && !event.lab().isBlank()) {
            parts.add(event.lab());
        }
        if (event.instrument() != null && !event.instrument().isBlank()) {
            parts.add(event.instrument());
        }
        if (event.method() != null) {
            parts.add(event.method().name());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    @EventHandler
    void on(MotorPerformanceRecorded event) {
        EvidenceTables.MotorPoint point = new EvidenceTables.MotorPoint(event.runId(), event.kind(),
                event.demagnetizationLossPercent());
        event.installedLots().forEach(lot -> evidence.motorPoint(event.runId(), event.pointId(), lot, point));
        evidence.collectingChangesOf(event.installedLots()).forEach(change -> {
            send(change, EvidenceMatcher.motorPoint(evidence.itemsOf(change), point.runId(), point.kind(),
                    point.demagnetizationLossPercent()));
            recordFirstArticle(change);
        });
    }

    @EventHandler
    void on(EngineeringChangeClosed event) {
        tables.changeStatus(event.changeId(), "CLOSED");
    }

    /** Before a replay, in the transaction that resets the group's tokens. */
    @ResetHandler
    void reset() {
        evidence.clear();
    }

    private void rematch(String changeId) {
        if (!evidence.collecting(changeId)) {
            return;
        }
        List<EvidenceMatcher.Item> items = evidence.itemsOf(changeId);
        for (String lot : evidence.lotsOf(changeId)) {
            evidence.measurementsOf(lot).forEach(m -> send(changeId, matches(changeId, m)));
            evidence.motorPointsOf(lot).forEach(p -> send(changeId,
                    EvidenceMatcher.motorPoint(items, p.runId(), p.kind(), p.demagnetizationLossPercent())));
        }
    }

    private List<EvidenceMatcher.Match> matches(String changeId, EvidenceTables.Measurement m) {
        List<CharacteristicLimit> limits = tables.change(changeId).flatMap(c -> tables.spec(c.specificationId() == null ? "" : c.specificationId()))
                .map(s -> s.content().characteristics()).orElse(List.of());
        return EvidenceMatcher.measurement(evidence.itemsOf(changeId), limits, m.lotId(), m.sampleId(), m.temperatureC(),
                m.characteristics());
    }

    /**
     * Sends the change's first article record as it stands (the change ignores an unchanged one), and the PPAP
     * evidence SpecLoop holds itself: the design record (the spec's revision), the engineering change document,
     * the material and performance test results (an accepted first article) and the sample production parts.
     */
    private void recordFirstArticle(String changeId) {
        if (!evidence.collecting(changeId)) {
            return;
        }
        firstArticles.of(changeId).ifPresent(record -> {
            try {
                commands.sendAndWait(new RecordFirstArticleInspection(changeId, record, ACTOR));
            } catch (RuleViolation refused) {
                log.info("change {} refused its first article record: {}", changeId, refused.getMessage());
            }
            send(changeId, PpapEvidence.matches(evidence.itemsOf(changeId), changeId, record));
        });
    }

    /** A change decided meanwhile refuses evidence; that is no error of the fact, so it is logged and dropped. */
    private void send(String changeId, List<EvidenceMatcher.Match> matches) {
        for (EvidenceMatcher.Match match : matches) {
            if (!evidence.firstTime(changeId, match)) {
                continue;
            }
            try {
                commands.sendAndWait(new RecordChangeEvidence(changeId, match.itemId(), match.reference(), ACTOR));
            } catch (RuleViolation refused) {
                log.info("change {} refused evidence {}: {}", changeId, match.reference(), refused.getMessage());
            }
        }
    }
}
