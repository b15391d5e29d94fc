package org.specloop.query.change;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeEscalated;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.PageQuery;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

class ChangeEscalationProjectionTest {
    private final QueryDatabase db = new QueryDatabase();
    private final ChangeProjection projection = new ChangeProjection(db.jdbc, db.json, db.history);
    private final ChangeReadModel readModel = new ChangeReadModel(db.jdbc, db.json);

    @Test
    void an_escalation_shows_on_the_change_and_in_its_history() {
        projection.on(new EngineeringChangeRaised("EC-1", ChangeTrigger.SOURCE_CHANGE, "Alloy swap", null, "SPEC-1", List.of(),
                List.of(), "system:sourcing-check", at(0)), at(0), "e1");
        projection.on(new EngineeringChangeEscalated("EC-1", LocalDate.parse("2026-03-01"), "requalification due 2026-03-01:"
                + " planned evidence incomplete and no decision", "system:requalification", at(5)), at(5), "e2");

        ChangeView change = readModel.one("EC-1").orElseThrow();

        assertThat(change.escalatedAt()).isEqualTo(at(5));
        assertThat(change.escalationReason()).contains("planned evidence incomplete");
        assertThat(db.history.page(ChangeReadModel.OBJECT_TYPE, "EC-1", PageQuery.unsorted(null, null)).items())
                .extracting(h -> h.summary()).contains("escalated: requalification due 2026-03-01: planned evidence incomplete and no decision");
    }
}
