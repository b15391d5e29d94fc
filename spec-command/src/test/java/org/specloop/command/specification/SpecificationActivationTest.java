package org.specloop.command.specification;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.specification.ActivateRevision;

import java.time.Instant;

import static org.specloop.command.specification.SpecificationHistory.*;
import static org.specloop.command.specification.SpecificationSamples.*;
import static org.specloop.command.specification.Violations.violation;

class SpecificationActivationTest {
    private static final Instant TODAY = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TOMORROW = Instant.parse("2026-03-02T00:00:00Z");
    private final FixtureConfiguration<Specification> fixture = fixture();

    @Test
    void aDueRevisionBecomesEffectiveAndSupersedesTheCurrentOne() {
        fixture.given(revisionTwoProposed())
                .andGiven(approved(2, TODAY))
                .when(new ActivateRevision(SPEC, 2))
                .expectEvents(effective(2, TODAY, 1, tightened()));
    }

    @Test
    void aRevisionIsNotActivatedBeforeItsDate() {
        fixture.given(revisionTwoProposed())
                .andGiven(approved(2, TOMORROW))
                .when(new ActivateRevision(SPEC, 2))
                .expectException(violation("not-yet-effective"))
                .expectNoEvents();
    }

    @Test
    void activatingTheEffectiveRevisionAgainDoesNothing() {
        fixture.given(revisionTwoProposed())
                .andGiven(approved(2, TODAY), effective(2, TODAY, 1, tightened()))
                .when(new ActivateRevision(SPEC, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void activatingASupersededRevisionDoesNothing() {
        fixture.given(revisionTwoProposed())
                .andGiven(approved(2, TODAY), effective(2, TODAY, 1, tightened()))
                .when(new ActivateRevision(SPEC, 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRevisionOvertakenBeforeItStartedNeverBecomesEffective() {
        // revision 2 was due today but revision 3, due later, was activated first
        Instant noon = Instant.parse("2026-03-01T08:00:00Z");
        fixture.given(revisionTwoProposed())
                .andGiven(approved(2, TODAY), drafted(3, content()), proposed(3), approved(3, noon),
                        effective(3, noon, 1, content()))
                .when(new ActivateRevision(SPEC, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aLaterStartingRevisionReplacesOneMadeEffectiveMeanwhile() {
        // revision 2 was approved for today; revision 3 was approved effective immediately before that
        fixture.given(revisionTwoProposed())
                .andGiven(approved(2, TODAY), drafted(3, content()), proposed(3), approved(3, EARLIER.plusSeconds(60)),
                        effective(3, EARLIER.plusSeconds(60), 1, content()))
                .when(new ActivateRevision(SPEC, 2))
                .expectEvents(effective(2, TODAY, 3, tightened()));
    }

    @Test
    void atTheSameInstantTheHigherRevisionWins() {
        fixture.given(revisionTwoProposed())
                .andGiven(approved(2, TODAY), drafted(3, content()), proposed(3), approved(3, TODAY),
                        effective(2, TODAY, 1, tightened()))
                .when(new ActivateRevision(SPEC, 3))
                .expectEvents(effective(3, TODAY, 2, content()));
    }

    @Test
    void atTheSameInstantTheLowerRevisionDoesNotReplaceTheHigher() {
        fixture.given(revisionTwoProposed())
                .andGiven(approved(2, TODAY), drafted(3, content()), proposed(3), approved(3, TODAY),
                        effective(3, TODAY, 1, content()))
                .when(new ActivateRevision(SPEC, 2))
                .expectNoEvents();
    }

    @Test
    void aProposedRevisionCannotBeActivated() {
        fixture.given(revisionTwoProposed())
                .when(new ActivateRevision(SPEC, 2))
                .expectException(violation("revision-not-approved"));
    }

    @Test
    void anUnknownRevisionCannotBeActivated() {
        fixture.given(revisionOneEffective())
                .when(new ActivateRevision(SPEC, 5))
                .expectException(violation("unknown-revision"));
    }
}
