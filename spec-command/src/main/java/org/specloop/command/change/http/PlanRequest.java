package org.specloop.command.change.http;

import java.time.LocalDate;
import java.util.List;

/**
 * firstArticleRequired: whether a source change's approval waits for an accepted first article record (absent:
 * yes); ppapSubmissionLevel: 1 to 5 adds the PPAP elements of that level to the plan (absent: no PPAP).
 */
record PlanRequest(List<Item> items, LocalDate dueDate, Boolean firstArticleRequired, Integer ppapSubmissionLevel) {

    record Item(String itemId, String description, String evidenceType, Integer required) {
    }
}
