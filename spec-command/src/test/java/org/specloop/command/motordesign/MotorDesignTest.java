package org.specloop.command.motordesign;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.command.axon.FirstComponentTargetResolver;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.MotorDesignDefined;
import org.specloop.contracts.motordesign.MotorDesignRequirementsRevised;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.motordesign.ReviseMotorDesignRequirements;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.specloop.command.specification.Violations.violation;

class MotorDesignTest {
    private static final String DESIGN = "TM-150";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-02-01T00:00:00Z");
    private static final MotorRequirements V1 = requirements(1.17, 0.95);
    private static final MotorRequirements V2 = requirements(1.18, 0.95);
    private FixtureConfiguration<MotorDesign> fixture;

    static MotorRequirements requirements(double keMin, double confidence) {
        return new MotorRequirements("SPEC-42SH", "IE4", 93.0, "P90-100", keMin, 1.25, 2.0, 150.0,
                ThermalClass.F, VibrationGrade.A, confidence);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MotorDesign.class);
        fixture.registerCommandTargetResolver(new FirstComponentTargetResolver());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((MagnetSpecs) "SPEC-42SH"::equals);
    }

    @Test
    void definingADesignRecordsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new DefineMotorDesign(DESIGN, "Traction motor 150 kW", V1, "eng.carol"))
                .expectEvents(new MotorDesignDefined(DESIGN, "Traction motor 150 kW", 1, V1, "eng.carol", NOW));
    }

    @Test
    void revisingRequirementsCountsVersionsUpAndKeepsWhoAndWhy() {
        fixture.given(new MotorDesignDefined(DESIGN, "Traction motor 150 kW", 1, V1, "eng.carol", EARLIER))
                .when(new ReviseMotorDesignRequirements(DESIGN, V2, "Customer asks for more torque per amp", "eng.dave"))
                .expectResultMessagePayload(2)
                .expectEvents(new MotorDesignRequirementsRevised(DESIGN, 2, V2, "Customer asks for more torque per amp",
                        "eng.dave", NOW));
    }

    @Test
    void aRevisionNeedsAReason() {
        fixture.given(new MotorDesignDefined(DESIGN, "Traction motor 150 kW", 1, V1, "eng.carol", EARLIER))
                .when(new ReviseMotorDesignRequirements(DESIGN, V2, " ", "eng.dave"))
                .expectException(violation("required-field"));
    }

    @Test
    void requirementsMustNameTheMagnetSpec() {
        MotorRequirements noSpec = new MotorRequirements(null, null, null, null, 1.1, null, null, 150.0,
                null, null, 0.95);
        fixture.givenNoPriorActivity()
                .when(new DefineMotorDesign(DESIGN, "Traction motor", noSpec, "eng.carol"))
                .expectException(violation("required-field"))
                .expectExceptionMessage("requirements.specificationId is required");
    }

    @Test
    void aDesignOnAMagnetSpecThatDoesNotExistIsRefused() {
        MotorRequirements unknown = new MotorRequirements("SPEC-NONE", null, null, null, 1.1, null, null, 150.0,
                null, null, 0.95);
        fixture.givenNoPriorActivity()
                .when(new DefineMotorDesign(DESIGN, "Traction motor", unknown, "eng.carol"))
                .expectException(violation("unknown-magnet-spec"))
                .expectExceptionMessage("magnet specification 'SPEC-NONE' does not exist; create it first"
                        + " (POST /api/specifications) or name an existing one");
        fixture.given(new MotorDesignDefined(DESIGN, "Traction motor 150 kW", 1, V1, "eng.carol", EARLIER))
                .when(new ReviseMotorDesignRequirements(DESIGN, unknown, "move to a new grade", "eng.dave"))
                .expectException(violation("unknown-magnet-spec"));
    }

    @Test
    void anEmptyKeWindowIsRefused() {
        MotorRequirements empty = new MotorRequirements("SPEC-42SH", null, null, null, 1.3, 1.2, null, 150.0,
                null, null, 0.95);
        fixture.givenNoPriorActivity()
                .when(new DefineMotorDesign(DESIGN, "Traction motor", empty, "eng.carol"))
                .expectException(violation("invalid-requirements"));
    }

    @Test
    void aConfidenceOfOneIsRefusedBecauseNoFiniteLimitMeetsIt() {
        fixture.givenNoPriorActivity()
                .when(new DefineMotorDesign(DESIGN, "Traction motor", requirements(1.17, 1.0), "eng.carol"))
                .expectException(violation("invalid-requirements"));
    }

    @Test
    void anEfficiencyRequirementMustNameItsOperatingPoint() {
        MotorRequirements noPoint = new MotorRequirements("SPEC-42SH", null, 93.0, null, null, null, null, 150.0,
                null, null, 0.95);
        fixture.givenNoPriorActivity()
                .when(new DefineMotorDesign(DESIGN, "Traction motor", noPoint, "eng.carol"))
                .expectException(violation("required-field"));
    }
}
