package org.specloop.loop.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.DriftEvidence;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.LotTable.LotPoint;
import org.specloop.calculations.spc.ControlLimits;
import org.specloop.calculations.spc.LotMeanChart;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The drift watch: a lot-mean chart per magnet maker, part and characteristic (ControlCharts). The
 * first drift signal on a source with no declared source change raises a DRIFT engineering change
 * naming source, characteristic, rule, the lot where the shift most likely began (first lot) and the
 * Phase I limits. Characteristics of one cause (specloop.loop.spc.same-cause, Br with (BH)max) share
 * one change: at most one is open per source and cause. Lots from the first lot on are held when
 * specloop.loop.spc.hold-later-lots is set.
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
    private final LotHolds holds;
    private final Clock clock;

    public DriftPolicy(ControlCharts charts, LotTable lots, ChangeTable changes, SpecTable specs, LoopProperties properties,
                      CommandGateway commands, LotHolds holds, Clock clock) {
        this.charts = charts;
        this.lots = lots;
        this.changes = changes;
        this.specs = specs;
        this.properties = properties;
        this.commands = commands;
        this.holds = holds;
        this.clock = clock;
    }

    /** A drift signal of one chart of the cause. */
    record Finding(Characteristic characteristic, ControlCharts.Chart chart, LotMeanChart lotMeans,
                   LotMeanChart.ChartSignal signal) {
    }

    /** The characteristic that names the cause the characteristic belongs to (itself when it has no group). */
    public Characteristic causeOf(Characteristic characteristic) {
        return properties.spc().causeOf(characteristic).get(0);
    }

    public void check(String sourceId, String partNumber, Characteristic characteristic) {
        if (LoopReplay.replaying()) {
            return;
        }
        LoopProperties.Spc spc = properties.spc();
        if (!spc.characteristics().contains(characteristic)) {
            return;
        }
        List<Characteristic> cause = spc.causeOf(characteristic);
        String causeId = cause.get(0).name();
        Optional<ChangeTable.Drift> previous = changes.latestDrift(sourceId, causeId);
        if (previous.filter(d -> changes.isOpen(d.changeId())).isPresent()) {
            return;
        }
        Optional<Finding> finding = cause.stream().flatMap(c -> first(sourceId, partNumber, c).stream())
                .min(Comparator.comparingInt((Finding f) -> f.signal().index()));
        if (finding.isEmpty()) {
            return;
        }
        if (changes.declaredSourceChangeOpen(sourceId, lots.lotsOf(sourceId))) {
            log.info("drift signal {} on {} {} is covered by a declared source change", finding.get().signal().rule(), sourceId,
                    finding.get().characteristic());
            return;
        }
        raise(sourceId, partNumber, causeId, finding.get());
    }

    /** The chart's first signal that raises a change: a drift signal, or a spread signal when configured. */
    private Optional<Finding> first(String sourceId, String partNumber, Characteristic characteristic) {
        ControlCharts.Chart chart = charts.checked(sourceId, partNumber, characteristic);
        if (chart.lotMeans().isEmpty()) {
            return Optional.empty();
        }
        LotMeanChart lotMeans = chart.lotMeans().get();
        Stream<LotMeanChart.ChartSignal> raising = properties.spc().spreadRaisesDrift()
                ? Stream.concat(lotMeans.driftSignals().stream(), lotMeans.spreadSignals().stream()
                .filter(s -> s.index() >= chart.monitorFrom()))
                : lotMeans.driftSignals().stream();
        return raising.min(Comparator.comparingInt(LotMeanChart.ChartSignal::index))
                .map(s -> new Finding(characteristic, chart, lotMeans, s));
    }

    private void raise(String sourceId, String partNumber, String cause, Finding finding) {
        Characteristic characteristic = finding.characteristic();
        List<LotPoint> points = finding.chart().points();
        LotMeanChart.ChartSignal signal = finding.signal();
        LotPoint first = points.get(signal.onset());
        LotPoint fired = points.get(signal.index());
        String changeId = ("EC-DRIFT-" + sourceId + "-" + characteristic.name() + "-" + first.lotId())
                .replaceAll("[^A-Za-z0-9._~-]", "_");
        List<String> affected = lots.lotsFrom(sourceId, first.receivedAt());
        LotMeanChart chart = finding.lotMeans();
        ControlLimits l = chart.limits();
        int phaseOneLots = Math.min(points.size(), chart.phaseOneLots()) - chart.excludedFromBaseline().size();
        String description = String.format(Locale.ROOT,
                "Source %s, part %s, characteristic %s at 20 degC: rule %s fired at lot %s (lot mean %.6g %s, statistic %.3g"
                        + " sigma); the shift most likely began at lot %s (first lot). Phase I center %.6g, limits %.6g..%.6g,"
                        + " lot-to-lot sigma %.4g (from %d lots%s). No source change is declared for this source. Lots from %s on: %s.",
                sourceId, partNumber, characteristic.symbol(), signal.rule(), fired.lotId(), fired.mean(), characteristic.unit(),
                signal.statistic(), first.lotId(), l.center(), l.lower(), l.upper(), chart.sigma(),
                phaseOneLots,
                chart.phaseOneComplete() ? "" : ", provisional until Phase I has " + chart.phaseOneLots() + " lots",
                first.lotId(), listed(affected));
        String specId = specs.specOfPart(partNumber).map(SpecTable.Spec::specificationId).orElse(null);
        try {
            commands.sendAndWait(new RaiseEngineeringChange(changeId, ChangeTrigger.DRIFT,
                    "Drift of " + characteristic.symbol() + " at " + sourceId + " without a declared change (" + signal.rule() + ")",
                    description, specId, List.of(), affected, LoopActors.SPC,
                    new DriftEvidence(sourceId, partNumber, characteristic.name(), characteristic.unit(), cause, signal.rule(),
                            first.lotId(), fired.lotId(), fired.mean(), Double.isFinite(signal.statistic()) ? signal.statistic() : 0,
                            l.center(), l.lower(), l.upper(), chart.sigma(), phaseOneLots, chart.phaseOneComplete())));
        } catch (RuntimeException alreadyRaised) {
            // a batch handled again (after a rollback) meets the change it raised before; anything else is logged
            // and retried on the next lot
            if (!alreadyRaised.getClass().getSimpleName().contains("AggregateStreamCreation")) {
                log.warn("could not raise drift change {}: {}", changeId, alreadyRaised.getMessage());
                return;
            }
        }
        changes.drift(new ChangeTable.Drift(changeId, sourceId, characteristic.name(), signal.rule(), first.lotId(),
                first.seq(), points.get(points.size() - 1).seq(), clock.instant(), cause));
        if (properties.spc().holdLaterLots()) {
            holds.holdAll(affected, holdReason(changeId));
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
        if (!LoopReplay.replaying() && properties.spc().holdLaterLots() && changes.driftOpenFor(sourceId)) {
            holds.hold(lotId, holdReason("open drift change on " + sourceId));
        }
    }

    private static String holdReason(String change) {
        return "Held by the loop: " + change + " (drift without a declared source change)";
    }
}
