package org.specloop.command.lot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.command.axon.FirstComponentTargetResolver;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.units.Characteristic;

/** Shared givens of the MagnetLot fixture tests. */
final class LotTestData {
    static final String LOT = "LOT-1";
    static final String PART = "P-42SH-ROTOR";
    static final String SPEC = "SPEC-42SH";
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant RECEIVED_AT = Instant.parse("2025-02-28T08:00:00Z");
    static final DeclaredChain CHAIN = new DeclaredChain(List.of(
            new ChainLink(Tier.MAGNET_MAKER, "SRC-MAG", "DE"), new ChainLink(Tier.ALLOY_MAKER, "SRC-ALLOY", "JP")),
            CustodyModel.SEGREGATED);
    static final CharacteristicLimit HCJ_MIN = new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20.0,
            "IEC 60404-8-1");
    static final List<CharacteristicLimit> LIMITS = List.of(HCJ_MIN);

    private LotTestData() {
    }

    static FixtureConfiguration<MagnetLot> fixture() {
        FixtureConfiguration<MagnetLot> fixture = new AggregateTestFixture<>(MagnetLot.class);
        fixture.registerCommandTargetResolver(new FirstComponentTargetResolver());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    static MagnetLotReceived received() {
        return new MagnetLotReceived(LOT, "SUP-1", PART, "42SH", 500, CHAIN, List.of("COA-7"), RECEIVED_AT);
    }

    static MeasurementRecorded hcjMeasured(String measurementId, String sample, double hcj) {
        return new MeasurementRecorded(LOT, PART, measurementId, sample, 20.0, "Lab A", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.HCJ, hcj)), NOW);
    }

    static Matcher<RuleViolation> violates(String rule) {
        return new CustomTypeSafeMatcher<>("a RuleViolation of rule " + rule) {
            @Override
            protected boolean matchesSafely(RuleViolation item) {
                return rule.equals(item.rule());
            }
        };
    }
}
