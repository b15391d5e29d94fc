package org.specloop.command.sourcing.policy;

import org.specloop.contracts.change.ChangeTrigger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The requalification_due table (V12_120); plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
class DueDateTable {
    private final JdbcTemplate jdbc;

    DueDateTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Delete then insert: a raise handled again (a retried batch) must not fail on the primary key. */
    void raised(String changeId, ChangeTrigger trigger) {
        forget(changeId);
        jdbc.update("INSERT INTO requalification_due (change_id, change_trigger, evidence_complete) VALUES (?, ?, FALSE)",
                changeId, trigger == null ? null : trigger.name());
    }

    void planned(String changeId, LocalDate dueDate) {
        jdbc.update("UPDATE requalification_due SET due_date = ? WHERE change_id = ?",
                dueDate == null ? null : Date.valueOf(dueDate), changeId);
    }

    void evidenceCompleted(String changeId) {
        jdbc.update("UPDATE requalification_due SET evidence_complete = TRUE WHERE change_id = ?", changeId);
    }

    void escalated(String changeId, LocalDate dueDate) {
        jdbc.update("UPDATE requalification_due SET escalated_for = ? WHERE change_id = ?", Date.valueOf(dueDate), changeId);
    }

    /** A decided change is no longer watched. */
    void forget(String changeId) {
        jdbc.update("DELETE FROM requalification_due WHERE change_id = ?", changeId);
    }

    /** Changes past their due date on that day and not yet escalated for it, oldest due date first. */
    List<WatchedChange> overdueOn(LocalDate today) {
        return jdbc.query("SELECT change_id, change_trigger, due_date, evidence_complete FROM requalification_due"
                        + " WHERE due_date < ? AND (escalated_for IS NULL OR escalated_for <> due_date)"
                        + " ORDER BY due_date, change_id",
                (rs, row) -> new WatchedChange(rs.getString("change_id"),
                        rs.getString("change_trigger") == null ? null : ChangeTrigger.valueOf(rs.getString("change_trigger")),
                        rs.getObject("due_date", LocalDate.class), rs.getBoolean("evidence_complete")),
                Date.valueOf(today));
    }

    void clear() {
        jdbc.update("DELETE FROM requalification_due");
    }
}
