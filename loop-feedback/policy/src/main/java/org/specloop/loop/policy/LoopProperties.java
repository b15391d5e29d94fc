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

/** specloop.loop.*: how the drift watch and the transfer functions behave. */
@ConfigurationProperties("specloop.loop")
public record LoopProperties(@DefaultValue Spc spc, @DefaultValue Transfer transfer) {

    /**
     * rules: run rule ids (WESTERN_ELECTRIC_1..4, NELSON_1..8), each switchable; phaseOneLots: lots
     * that set the limits; minSamplesPerLot: a lot counts as a point once it has that many samples
     * at 20 degC; holdLaterLots: hold lots of a drifting source received while its drift change is open.
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

    /** Tabular CUSUM, k and h in sigma units. */
    public record Cusum(@DefaultValue("true") boolean enabled, @DefaultValue("0.5") double k, @DefaultValue("5") double h) {
    }

    /** EWMA weight and limit width. */
    public record Ewma(@DefaultValue("true") boolean enabled, @DefaultValue("0.2") double lambda,
                       @DefaultValue("3") double width) {
    }

    /**
     * minPoints: motors needed before a relation is fitted; deadBand: per characteristic, in its
     * canonical unit; relativeDeadBand: for characteristics without one, a fraction of the limit.
     */
    public record Transfer(@DefaultValue("10") int minPoints, Map<Characteristic, Double> deadBand,
                           @DefaultValue("0.005") double relativeDeadBand) {

        public double deadBandFor(Characteristic characteristic, double limit) {
            Double configured = deadBand == null ? null : deadBand.get(characteristic);
            return configured != null ? configured : Math.abs(limit) * relativeDeadBand;
        }
    }
}
