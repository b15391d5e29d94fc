package org.specloop.query;

import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Realistic sample content: a 42SH spec as in domain.md. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    private Fixtures() {
    }

    public static RevisionContent content42SH(double hcjMin) {
        return new RevisionContent(
                List.of(new CharacteristicLimit(Characteristic.BR, 1.30, 1.33, null, 20, "IEC 60404-5"),
                        new CharacteristicLimit(Characteristic.HCJ, hcjMin, null, null, 20, "IEC 60404-5")),
                List.of(new CompositionRange("Dy", 2.0, 4.0)),
                new SourcingRules(List.of(new QualifiedSource(Tier.MAGNET_MAKER, "MM-1")),
                        List.of(new CountryExclusion(Tier.MAGNET_MAKER, "CN", LocalDate.parse("2024-01-01"), "DFARS 252.225-7052")),
                        CustodyModel.SEGREGATED),
                150.0);
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    public static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
