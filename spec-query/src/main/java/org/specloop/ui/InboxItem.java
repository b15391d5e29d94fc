package org.specloop.ui;

import java.time.Instant;

/** Something waiting for a decision: a proposed revision or an undecided engineering change. */
record InboxItem(String kind, String id, String title, String status, String waitingFor, String raisedBy,
                 Instant since, Instant due, boolean overdue, String href) {
}
