package org.specloop.command.sourcing.policy;

import org.specloop.contracts.change.ChangeTrigger;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An undecided engineering change with a due date, as {@link DueDateTable} keeps it.
 *
 * @param trigger null for changes raised before every change was watched: those were all source changes
 */
record WatchedChange(String changeId, ChangeTrigger trigger, LocalDate dueDate, boolean evidenceComplete) {

    /** The day after the due date, in UTC: the change is overdue from then on. */
    boolean overdueOn(LocalDate today) {
        return dueDate != null && today.isAfter(dueDate);
    }

    /** What the escalation says, for the change board and the people it reaches. */
    String escalationReason() {
        String what = trigger == null || trigger == ChangeTrigger.SOURCE_CHANGE ? "requalification"
                : trigger.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " change";
        return evidenceComplete
                ? what + " due " + dueDate + ": evidence complete but no decision"
                : what + " due " + dueDate + ": planned evidence incomplete and no decision";
    }
}
