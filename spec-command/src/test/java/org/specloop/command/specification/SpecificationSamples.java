package org.specloop.command.specification;

import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;

import java.time.LocalDate;
import java.util.List;

/** A 42SH magnet spec as in domain.md, for tests. */
public final class SpecificationSamples {
    public static final String SPEC = "SPEC-MAG-4711_42SH";
    public static final String PART = "MAG-4711";
    public static final String GRADE = "42SH";

    private SpecificationSamples() {
    }

    public static CharacteristicLimit hcj(Double min, Double max, Double target, double temperature) {
        return new CharacteristicLimit(Characteristic.HCJ, min, max, target, temperature, "IEC 60404-8-1");
    }

    public static CharacteristicLimit br(Double min, Double max) {
        return new CharacteristicLimit(Characteristic.BR, min, max, null, 20.0, "IEC 60404-8-1");
    }

    public static RevisionContent content(CharacteristicLimit... limits) {
        return new RevisionContent(List.of(limits), List.of(new CompositionRange("Dy", 0.5, 2.0)), sourcing(), 150.0);
    }

    public static RevisionContent content() {
        return content(br(1.30, 1.33), hcj(1592.0, null, null, 20.0));
    }

    /** A tightened revision: higher Br minimum. */
    public static RevisionContent tightened() {
        return content(br(1.31, 1.33), hcj(1592.0, null, null, 20.0));
    }

    public static RevisionContent withComposition(CompositionRange... ranges) {
        return new RevisionContent(List.of(br(1.30, 1.33)), List.of(ranges), sourcing(), 150.0);
    }

    public static SourcingRules sourcing() {
        return new SourcingRules(List.of(new QualifiedSource(Tier.MAGNET_MAKER, "SRC-MM-1")),
                List.of(new CountryExclusion(Tier.MAGNET_MAKER, "CN", LocalDate.of(2024, 1, 1), "DFARS 252.225-7052")),
                CustodyModel.SEGREGATED);
    }
}
