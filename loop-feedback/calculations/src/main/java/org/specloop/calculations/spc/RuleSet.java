package org.specloop.calculations.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An immutable selection of run rules; each rule can be switched on or off. */
public final class RuleSet {

    private final Set<RunRule> rules;

    private RuleSet(Set<RunRule> rules) {
        this.rules = Collections.unmodifiableSet(rules);
    }

    public static RuleSet of(RunRule... rules) {
        return new RuleSet(new LinkedHashSet<>(Arrays.asList(rules)));
    }

    public static RuleSet nelson() {
        return of(NelsonRule.values());
    }

    public static RuleSet westernElectric() {
        return of(WesternElectricRule.values());
    }

    public static RuleSet none() {
        return of();
    }

    public RuleSet with(RunRule rule) {
        Set<RunRule> copy = new LinkedHashSet<>(rules);
        copy.add(rule);
        return new RuleSet(copy);
    }

    public RuleSet without(RunRule rule) {
        Set<RunRule> copy = new LinkedHashSet<>(rules);
        copy.remove(rule);
        return new RuleSet(copy);
    }

    public boolean isEnabled(RunRule rule) {
        return rules.contains(rule);
    }

    public Set<RunRule> rules() {
        return rules;
    }

    /** All signals, ordered by index, then by the order the rules were added. */
    public List<Signal> evaluate(double[] values, double center, double sigma) {
        double[] z = standardize(values, center, sigma);
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            for (RunRule rule : rules) {
                if (rule.completesAt(z, i)) {
                    signals.add(new Signal(rule.id(), i));
                }
            }
        }
        return signals;
    }

    public Optional<Signal> firstSignal(double[] values, double center, double sigma) {
        List<Signal> signals = evaluate(values, center, sigma);
        return signals.isEmpty() ? Optional.empty() : Optional.of(signals.get(0));
    }

    private static double[] standardize(double[] values, double center, double sigma) {
        if (!(sigma > 0.0) || !Double.isFinite(sigma) || !Double.isFinite(center)) {
            throw new IllegalArgumentException("need a finite center and sigma > 0, got center="
                    + center + ", sigma=" + sigma);
        }
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value at index " + i + " is not finite: " + values[i]);
            }
            z[i] = (values[i] - center) / sigma;
        }
        return z;
    }

    /** Two selections are equal when they switch on the same rules, whatever the order they were added in. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSet that && rules.equals(that.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return rules.stream().map(RunRule::id).toList().toString();
    }
}
