package org.specloop.loop.policy;

import org.specloop.calculations.spc.Capability;
import org.specloop.calculations.spc.SpecLimits;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.units.Characteristic;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Cp, Cpk (within-lot sigma, pooled over the lots' samples) and Pp, Ppk (overall sigma) of a
 * source's samples at 20 degC against the effective spec of the part: what GET /api/loop/capability
 * answers and the workspace's SPC page shows.
 */
@Component
public class Capabilities {
    private final LotTable lots;
    private final SpecTable specs;

    Capabilities(LotTable lots, SpecTable specs) {
        this.lots = lots;
        this.specs = specs;
    }

    public record CapabilityView(String sourceId, String partNumber, String characteristic, String unit,
                                 String specificationId, Integer revision, Double lowerSpecLimit, Double upperSpecLimit,
                                 int lots, int n, double mean, double withinSigma, double overallSigma,
                                 Double cp, Double cpk, Double pp, Double ppk) {
    }

    /** Why there is no capability to compute; the message names what is missing. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** @throws Unavailable without a spec in force, a limit at 20 degC, or two lots with two samples each */
    public CapabilityView of(String sourceId, String partNumber, Characteristic characteristic) {
        SpecTable.Spec spec = specs.specOfPart(partNumber)
                .orElseThrow(() -> new Unavailable("no effective spec for part " + partNumber));
        CharacteristicLimit limit = spec.effective().characteristics().stream()
                .filter(l -> l.characteristic() == characteristic && Math.abs(l.testTemperatureC() - 20.0) < 0.5).findFirst()
                .orElseThrow(() -> new Unavailable(spec.specificationId() + " has no " + characteristic.symbol()
                        + " limit at 20 degC"));
        List<LotTable.LotSamples> points = lots.samples(sourceId, partNumber, characteristic, 20.0, 2);
        if (points.size() < 2) {
            throw new Unavailable("capability needs two lots with two samples each");
        }
        double[][] subgroups = points.stream().map(LotTable.LotSamples::values).toArray(double[][]::new);
        SpecLimits specLimits = new SpecLimits(optional(limit.min()), optional(limit.max()));
        Capability c = Capability.ofSubgroups(subgroups, specLimits);
        int n = points.stream().mapToInt(p -> p.values().length).sum();
        return new CapabilityView(sourceId, partNumber, characteristic.name(), characteristic.unit(), spec.specificationId(),
                spec.effectiveRevision(), limit.min(), limit.max(), points.size(), n, c.mean(), c.withinSigma(),
                c.overallSigma(), value(c.cp()), finite(c.cpk()), value(c.pp()), finite(c.ppk()));
    }

    private static OptionalDouble optional(Double d) {
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }
}
