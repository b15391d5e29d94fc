package org.specloop.command.change;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeEscalated;
import org.specloop.contracts.change.EscalateEngineeringChange;
import org.specloop.contracts.common.SignatureMeaning;

import static org.specloop.command.change.ChangeHistory.*;
import static org.specloop.command.specification.Violations.violation;

class EngineeringChangeEscalationTest {
    private static final String REASON = "requalification due 2026-04-30: planned evidence incomplete and no decision";
    private final FixtureConfiguration<EngineeringChange> fixture = fixture();

    @Test
    void anUndecidedChangePastItsDueDateIsEscalated() {
        fixture.given(raised(), planned())
                .when(new EscalateEngineeringChange(CHANGE, DUE, REASON, "system:requalification"))
                .expectEvents(new EngineeringChangeEscalated(CHANGE, DUE, REASON, "system:requalification", NOW));
    }

    @Test
    void aSecondEscalationForTheSameDueDateIsNoNews() {
        fixture.given(raised(), planned(), new EngineeringChangeEscalated(CHANGE, DUE, REASON, "system:requalification", NOW))
                .when(new EscalateEngineeringChange(CHANGE, DUE, REASON, "system:requalification"))
                .expectNoEvents();
    }

    @Test
    void aDecidedChangeIsNotEscalated() {
        fixture.given(evidenceComplete())
                .andGiven(new EngineeringChangeApproved(CHANGE, "qe.bob", "ok", SignatureMeaning.APPROVED, NOW))
                .when(new EscalateEngineeringChange(CHANGE, DUE, REASON, "system:requalification"))
                .expectException(violation("change-decided"));
    }
}
