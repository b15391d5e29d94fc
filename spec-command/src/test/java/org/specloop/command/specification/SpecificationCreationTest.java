package org.specloop.command.specification;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.command.axon.FirstComponentTargetResolver;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.SpecificationCreated;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.hamcrest.Matchers.containsString;
import static org.specloop.command.specification.Violations.violation;
import static org.specloop.command.specification.SpecificationSamples.*;

class SpecificationCreationTest {
    private FixtureConfiguration<Specification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Specification.class);
        fixture.registerCommandTargetResolver(new FirstComponentTargetResolver());
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    private CreateSpecification create(String part, String grade, RevisionContent content) {
        return new CreateSpecification(SPEC, part, grade, "42SH rotor magnet", content, "alice");
    }

    @Test
    void creatingASpecificationDraftsRevisionOne() {
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, content()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SpecificationCreated(SPEC, PART, GRADE, "42SH rotor magnet", "alice"),
                        new RevisionDrafted(SPEC, PART, 1, content(), Specification.INITIAL_REASON, "alice"));
    }

    @Test
    void aPartNumberIsRequired() {
        fixture.givenNoPriorActivity()
                .when(create(" ", GRADE, content()))
                .expectException(violation("required-field"))
                .expectExceptionMessage("partNumber is required");
    }

    @Test
    void aGradeIsRequired() {
        fixture.givenNoPriorActivity()
                .when(create(PART, null, content()))
                .expectException(violation("required-field"))
                .expectExceptionMessage("grade is required");
    }

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, content(br(1.33, 1.30))))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("characteristics[0].max must not be below min"));
    }

    @Test
    void aTargetOutsideTheLimitsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, content(hcj(1592.0, 1700.0, 1800.0, 20.0))))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("characteristics[0].target must lie between min and max"));
    }

    @Test
    void aLimitWithoutMinOrMaxIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, content(hcj(null, null, 1600.0, 20.0))))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("needs a min or a max"));
    }

    @Test
    void theSameCharacteristicTwiceAtOneTemperatureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, content(hcj(1592.0, null, null, 20.0), hcj(1600.0, null, null, 20.0))))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("characteristics[1] repeats characteristics[0] (HCJ@20degC)"));
    }

    @Test
    void theSameCharacteristicAtAnotherTemperatureIsASecondRequirement() {
        RevisionContent content = content(hcj(1592.0, null, null, 20.0), hcj(600.0, null, null, 150.0));
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, content))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SpecificationCreated(SPEC, PART, GRADE, "42SH rotor magnet", "alice"),
                        new RevisionDrafted(SPEC, PART, 1, content, Specification.INITIAL_REASON, "alice"));
    }

    @Test
    void aCompositionAbove100PercentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, withComposition(new CompositionRange("Dy", 0.5, 120.0))))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("composition[0].max must be between 0 and 100 wt%"));
    }

    @Test
    void aCompositionMinimumAboveItsMaximumIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, withComposition(new CompositionRange("Tb", 1.0, 0.5))))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("composition[0].max must not be below min"));
    }

    @Test
    void anElementListedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(PART, GRADE, withComposition(new CompositionRange("Dy", 0.5, 1.0), new CompositionRange("dy", 0.6, 1.0))))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("composition[1] repeats composition[0]"));
    }
}
