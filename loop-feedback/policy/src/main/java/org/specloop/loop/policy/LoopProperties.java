package org.specloop.loop.policy;

import org.specloop.contracts.units.Characteristic;
import org.specloop.calculations.spc.CusumParameters;
import org.specloop.calculations.spc.LotMeanConfig;
import org.specloop.calculations.spc.EwmaParameters;
import org.specloop.calculations.spc.NelsonRule;
import org.specloop.calculations.spc.RuleSet;
import org.specloop.calculations.spc.RunRule;
import org.specloop.calculations.spc.WesternElectricRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * specloop.loop.*: how the drift watch and the transfer functions behave (README.md, "The loop").
 *
 * @param spc      the drift watch: control charts per magnet maker, part and characteristic
 * @param transfer transfer functions from magnet properties to motor results, and the limits derived from them
 */
@ConfigurationProperties("specloop.loop")
public record LoopProperties(@DefaultValue Spc spc, @DefaultValue Transfer transfer) {

    /**
     * The drift watch: one lot-mean chart per source, part and characteristic (docs/loop.md).
     *
     * @param phaseOneLots      lots whose means set a chart's limits (Phase I); 100 estimate the lot-to-lot sigma
     *                          within about 7 %; later lots are judged against the cleaned limits
     * @param minSamplesPerLot  a lot counts as a point once it has that many samples at 20 degC
     * @param rules             run rules applied in Phase II beside the action limit and CUSUM, by id:
     *                          WESTERN_ELECTRIC_1..4, NELSON_1..8 (none by default: they cry wolf, docs/loop.md)
     * @param characteristics   characteristics watched for drift
     * @param holdLaterLots     on a drift signal, hold the lots from the first signalled one on, and new lots of that
     *                          source while its drift change is open
     * @param cusum             tabular CUSUM beside the action limit
     * @param ewma              EWMA chart beside the action limit
     * @param actionLimitSigma  Phase II: a lot mean this many sigma from the center is a drift
     * @param phaseOne          how a drift that starts while Phase I fills is found
     * @param sameCause         characteristics that move together for one cause, joined by +: one drift change per
     *                          source and cause; a characteristic in no group is a cause of its own
     * @param spreadRaisesDrift whether a moving range above its limit (a spread signal) raises a drift change too;
     *                          it is always shown on the chart
     */
    public record Spc(@DefaultValue("100") int phaseOneLots, @DefaultValue("5") int minSamplesPerLot,
                      @DefaultValue({}) List<String> rules,
                      @DefaultValue({"BR", "HCJ", "BH_MAX"}) List<Characteristic> characteristics,
                      @DefaultValue("true") boolean holdLaterLots, @DefaultValue Cusum cusum, @DefaultValue Ewma ewma,
                      @DefaultValue("4.5") double actionLimitSigma, @DefaultValue PhaseOne phaseOne,
                      @DefaultValue("BR+BH_MAX") List<String> sameCause, @DefaultValue("false") boolean spreadRaisesDrift) {

        /** A typo in a rule id, a same-cause group or the Phase I sizes stops the start, not a drift check later. */
        public Spc {
            rules = rules == null ? List.of() : rules;
            sameCause = sameCause == null ? List.of() : sameCause;
            ruleSetOf(rules);
            if (phaseOne != null && phaseOneLots < 2 * phaseOne.minSegmentLots()) {
                throw new IllegalArgumentException("specloop.loop.spc.phase-one-lots must be at least twice"
                        + " phase-one.min-segment-lots, got " + phaseOneLots + " and " + phaseOne.minSegmentLots());
            }
            for (String group : sameCause) {
                for (String member : group.split("\\+")) {
                    try {
                        Characteristic.valueOf(member.trim().toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("specloop.loop.spc.same-cause: unknown characteristic " + member, e);
                    }
                }
            }
        }

        public RuleSet ruleSet() {
            return ruleSetOf(rules);
        }

        private static RuleSet ruleSetOf(List<String> rules) {
            RunRule[] known = Stream.concat(Arrays.stream(WesternElectricRule.values()), Arrays.stream(NelsonRule.values()))
                    .toArray(RunRule[]::new);
            RuleSet set = RuleSet.none();
            for (String id : rules) {
                RunRule rule = Arrays.stream(known).filter(r -> r.id().equalsIgnoreCase(id.trim())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("specloop.loop.spc.rules: unknown rule " + id));
                set = set.with(rule);
            }
            return set;
        }

        public LotMeanConfig lotMeanConfig() {
            return new LotMeanConfig(phaseOneLots, phaseOne.minSegmentLots(), phaseOne.stepThreshold(), phaseOne.jumpSigma(),
                    actionLimitSigma, cusum.enabled() ? Optional.of(new CusumParameters(cusum.k(), cusum.h())) : Optional.empty(),
                    ruleSet(), ewma.enabled() ? Optional.of(new EwmaParameters(ewma.lambda(), ewma.width())) : Optional.empty());
        }

        /** The characteristics watched with the characteristic, itself first, then its same-cause group in order. */
        public List<Characteristic> causeOf(Characteristic characteristic) {
            for (String group : sameCause) {
                List<Characteristic> members = Arrays.stream(group.split("\\+")).map(String::trim).filter(m -> !m.isEmpty())
                        .map(m -> Characteristic.valueOf(m.toUpperCase(java.util.Locale.ROOT)))
                        .filter(characteristics::contains).toList();
                if (members.contains(characteristic)) {
                    return members;
                }
            }
            return List.of(characteristic);
        }
    }

    /**
     * Phase I, while its lots come in: a step search and a gross-jump check.
     *
     * @param minSegmentLots lots each side of a split before the step search judges it
     * @param stepThreshold  two-sample t-like statistic (pooled within-segment sigma) over which a step is a drift
     * @param jumpSigma      a lot this many sigma from the lots before it is a drift at once
     */
    public record PhaseOne(@DefaultValue("8") int minSegmentLots, @DefaultValue("4.5") double stepThreshold,
                           @DefaultValue("6") double jumpSigma) {
    }

    /**
     * Tabular CUSUM, k and h in sigma units.
     *
     * @param enabled whether CUSUM signals count
     * @param k       allowance (slack), in sigma
     * @param h       decision interval, in sigma
     */
    public record Cusum(@DefaultValue("true") boolean enabled, @DefaultValue("0.8") double k, @DefaultValue("5.5") double h) {
    }

    /**
     * EWMA weight and limit width.
     *
     * @param enabled whether EWMA signals count
     * @param lambda  weight of the newest point, 0 < lambda <= 1
     * @param width   limit width L, in sigma of the EWMA statistic
     */
    public record Ewma(@DefaultValue("false") boolean enabled, @DefaultValue("0.2") double lambda,
                       @DefaultValue("3") double width) {
    }

    /**
     * @param minPoints        motors needed before a relation is fitted
     * @param deadBand         per characteristic (dead-band.BR=0.005 ...), in its canonical unit: a derived limit
     *                         that moves less than this from the effective one proposes no revision
     * @param relativeDeadBand the dead band of characteristics without one of their own, as a fraction of the limit
     */
    public record Transfer(@DefaultValue("10") int minPoints, @DefaultValue Map<Characteristic, Double> deadBand,
                           @DefaultValue("0.005") double relativeDeadBand) {

        public double deadBandFor(Characteristic characteristic, double limit) {
            Double configured = deadBand.get(characteristic);
            return configured != null ? configured : Math.abs(limit) * relativeDeadBand;
        }
    }
}
