package org.specloop.calculations.spc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Watches one source and characteristic: Phase I limits from the baseline (I-MR chart,
 * sigma = MR-bar / d2), Phase II over the new values with those limits frozen. The loop uses
 * the first signal to raise an engineering change.
 */
public final class DriftDetector {

    private final DriftConfig config;

    public DriftDetector(DriftConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is required");
        }
        this.config = config;
    }

    /**
     * The earliest signal over the new values. When several fire on the same point, run rules
     * win over CUSUM and CUSUM over EWMA, so the reported reason is the most specific one.
     */
    public Optional<DriftSignal> firstSignal(String source, String characteristic,
                                             double[] baseline, double[] values) {
        IndividualsChart chart = IndividualsChart.phaseOne(baseline);
        double center = chart.center();
        double sigma = chart.sigma();
        List<Signal> candidates = new ArrayList<>();
        config.rules().firstSignal(values, center, sigma).ifPresent(candidates::add);
        config.cusum().flatMap(p -> Cusum.firstSignal(values, center, sigma, p)).ifPresent(candidates::add);
        config.ewma().flatMap(p -> Ewma.firstSignal(values, center, sigma, p)).ifPresent(candidates::add);
        return candidates.stream()
                .min(Comparator.comparingInt(Signal::index))
                .map(s -> new DriftSignal(source, characteristic, s.rule(), s.index(), values[s.index()]));
    }
}
