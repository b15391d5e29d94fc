package org.specloop.loop.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.lot.HoldLot;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.LotTable.LotPoint;
import org.specloop.calculations.spc.ControlLimits;
import org.specloop.calculations.spc.PhasedChart;
import org.specloop.calculations.spc.Signal;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SPC per magnet maker, part and characteristic: the first Phase II signal on a source with no
 * declared source change raises a DRIFT engineering change naming source, characteristic, rule
 * and first lot; at most one is open per source and characteristic. Lots from the first signalled
 * one on are held when specloop.loop.spc.hold-later-lots is set.
 */
@Component
class DriftPolicy {
    private static final Logger log = LoggerFactory.getLogger(DriftPolicy.class);
    static final int LOTS_NAMED_IN_DESCRIPTION = 20;
    private final ControlCharts charts;
    private final LotTable lots;
    private final ChangeTable changes;
    private final SpecTable specs;
    private final LoopProperties properties;
    private final CommandGateway commands;
    private final Clock clock;

    public DriftPolicy(ControlCharts charts, LotTable lots, ChangeTable changes, SpecTable specs, LoopProperties properties,
                      CommandGateway commands, Clock clock) {
        this.charts = charts;
        this.lots = lots;
        this.changes = changes;
        this.specs = specs;
        this.properties = properties;
        this.commands = commands;
        this.clock = clock;
    }

    public void check(String sourceId, String partNumber, Characteristic characteristic) {
        if (!properties.spc().characteristics().contains(characteristic)) {
            return;
        }
        ControlCharts.Chart chart = charts.individuals(sourceId, partNumber, characteristic);
        Optional<ChangeTable.Drift> previous = changes.latestDrift(sourceId, characteristic.name());
        if (chart.phased().isEmpty() || previous.filter(d -> changes.isOpen(d.changeId())).isPresent()) {
            return;
        }
        long after = previous.map(ChangeTable.Drift::lastSeq).orElse(Long.MIN_VALUE);
        PhasedChart phased = chart.phased().get();
        Optional<Signal> signal = phased.phaseTwoSignals().stream()
                .filter(s -> chart.points().get(s.index()).seq() > after).findFirst();
        if (signal.isEmpty()) {
            return;
        }
        if (changes.declaredSourceChangeOpen(sourceId, lots.lotsOf(sourceId))) {
            log.info("drift signal {} on {} {} is covered by a declared source change", signal.get().rule(), sourceId, characteristic);
            return;
        }
        raise(sourceId, partNumber, characteristic, chart.points(), phased, signal.get());
    }

    private void raise(String sourceId, String partNumber, Characteristic characteristic, List<LotPoint> points,
                       PhasedChart phased, Signal signal) {
        LotPoint first = points.get(signal.index());
        String changeId = ("EC-DRIFT-" + sourceId + "-" + characteristic.name() + "-" + first.lotId())
                .replaceAll("[^A-Za-z0-9._~-]", "_");
        List<String> affected = lots.lotsFrom(sourceId, first.receivedAt());
        ControlLimits l = phased.limits();
        String description = String.format(Locale.ROOT,
                "Source %s, part %s, characteristic %s at 20 degC: rule %s fired at lot %s (first lot), lot mean %.6g %s"
                        + " against Phase I center %.6g, limits %.6g..%.6g (from the first %d lots). No source change is"
                        + " declared for this source. Lots from %s on: %s.",
                sourceId, partNumber, characteristic.symbol(), signal.rule(), first.lotId(), first.mean(), characteristic.unit(),
                l.center(), l.lower(), l.upper(), phased.phaseOneSize(), first.lotId(), listed(affected));
        String specId = specs.specOfPart(partNumber).map(SpecTable.Spec::specificationId).orElse(null);
        try {
            commands.sendAndWait(new RaiseEngineeringChange(changeId, ChangeTrigger.DRIFT,
                    "Drift of " + characteristic.symbol() + " at " + sourceId + " without a declared change (" + signal.rule() + ")",
                    description, specId, List.of(), affected, LoopActors.SPC));
        } catch (RuntimeException alreadyRaised) {
            // a replay meets the change it raised before; anything else is logged and retried on the next lot
            if (!alreadyRaised.getClass().getSimpleName().contains("AggregateStreamCreation")) {
                log.warn("could not raise drift change {}: {}", changeId, alreadyRaised.getMessage());
                return;
            }
        }
        changes.drift(new ChangeTable.Drift(changeId, sourceId, characteristic.name(), signal.rule(), first.lotId(),
                first.seq(), points.get(points.size() - 1).seq(), clock.instant()));
        if (properties.spc().holdLaterLots()) {
            affected.forEach(lot -> hold(lot, changeId));
        }
    }

    /** The first lots by name; all of them are the change's affected lots, and a description stays readable. */
    static String listed(List<String> lots) {
        if (lots.size() <= LOTS_NAMED_IN_DESCRIPTION) {
            return String.join(", ", lots);
        }
        return String.join(", ", lots.subList(0, LOTS_NAMED_IN_DESCRIPTION)) + " and " + (lots.size() - LOTS_NAMED_IN_DESCRIPTION)
                + " more (" + lots.size() + " affected lots)";
    }

    /** Lots received from a source while a drift change on it is open wait for the change's decision. */
    public void lotReceived(String lotId, String sourceId) {
        if (properties.spc().holdLaterLots() && changes.driftOpenFor(sourceId)) {
            hold(lotId, "open drift change on " + sourceId);
        }
    }

    private void hold(String lotId, String change) {
        try {
            commands.sendAndWait(new HoldLot(lotId, "Held by the loop: " + change + " (drift without a declared source change)",
                    LoopActors.SPC));
        } catch (RuntimeException refused) {
            log.info("lot {} not held for {}: {}", lotId, change, refused.getMessage());
        }
    }
}
