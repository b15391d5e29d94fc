package org.specloop.loop.policy;

import org.specloop.contracts.units.Characteristic;
import org.specloop.calculations.spc.CusumParameters;
import org.specloop.calculations.spc.DriftConfig;
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
     * @param phaseOneLots     lots whose means set a chart's limits (Phase I); later lots are judged against them
     * @param minSamplesPerLot a lot counts as a point once it has that many samples at 20 degC
     * @param rules            run rules applied in Phase II, by id: WESTERN_ELECTRIC_1..4, NELSON_1..8
     * @param characteristics  characteristics watched for drift
     * @param holdLaterLots    on a drift signal, hold the lots from the first signalled one on, and new lots of that
     *                         source while its drift change is open
     * @param cusum            tabular CUSUM beside the run rules
     * @param ewma             EWMA chart beside the run rules
     */
    public record Spc(@DefaultValue("20") int phaseOneLots, @DefaultValue("5") int minSamplesPerLot,
                      @DefaultValue({"WESTERN_ELECTRIC_1", "WESTERN_ELECTRIC_2", "WESTERN_ELECTRIC_3", "WESTERN_ELECTRIC_4"})
                      List<String> rules,
                      @DefaultValue({"BR", "HCJ", "BH_MAX"}) List<Characteristic> characteristics,
                      @DefaultValue("true") boolean holdLaterLots, @DefaultValue Cusum cusum, @DefaultValue Ewma ewma) {

        public RuleSet ruleSet() {
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

        public DriftConfig driftConfig() {
            return new DriftConfig(ruleSet(),
                    cusum.enabled() ? Optional.of(new CusumParameters(cusum.k(), cusum.h())) : Optional.empty(),
                    ewma.enabled() ? Optional.of(new EwmaParameters(ewma.lambda(), ewma.width())) : Optional.empty());
        }
    }

    /**
     * Tabular CUSUM, k and h in sigma units.
     *
     * @param enabled whether CUSUM signals count
     * @param k       allowance (slack), in sigma
     * @param h       decision interval, in sigma
     */
    public record Cusum(@DefaultValue("true") boolean enabled, @DefaultValue("0.5") double k, @DefaultValue("5") double h) {
    }

    /**
     * EWMA weight and limit width.
     *
     * @param enabled whether EWMA signals count
     * @param lambda  weight of the newest point, 0 < lambda <= 1
     * @param width   limit width L, in sigma of the EWMA statistic
     */
    public record Ewma(@DefaultValue("true") boolean enabled, @DefaultValue("0.2") double lambda,
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
