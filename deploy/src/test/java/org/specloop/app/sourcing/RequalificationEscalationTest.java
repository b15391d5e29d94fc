package org.specloop.app.sourcing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The due date watched end to end: templates whose plan fell due two days before the change was raised, so
 * the change is overdue at the first poll and is escalated through the whole chain (requalification policy,
 * plan, due-date table, poll, aggregate, projection).
 */
@SpringBootTest(properties = {
        "specloop.requalification.templates-location=classpath:sourcing/overdue-templates.json",
        "specloop.requalification.due.poll-interval=PT1S"})
@ActiveProfiles("test")
class RequalificationEscalationTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOverdueRequalificationEscalatesTheChange() throws Exception {
        commands.sendAndWait(new RaiseEngineeringChange("EC-OVERDUE-1", ChangeTrigger.SOURCE_CHANGE, "Separator swap",
                null, null, List.of(), List.of(), "qe.alice"));

        Map<String, Object> change = null;
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT status, due_date, escalated_at, escalation_reason FROM q_change"
                    + " WHERE change_id = 'EC-OVERDUE-1' AND escalated_at IS NOT NULL");
            if (!rows.isEmpty()) {
                change = rows.get(0);
                break;
            }
            Thread.sleep(200);
        }

        assertThat(change).as("escalated within 30 s").isNotNull();
        assertThat(change.get("STATUS")).isEqualTo("PLANNED");
        assertThat((String) change.get("ESCALATION_REASON")).contains("planned evidence incomplete and no decision");
    }
}
