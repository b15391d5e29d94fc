package org.specloop.ui;

import org.specloop.contracts.common.Signers;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Something waiting for a decision: a proposed revision, an undecided engineering change or a certificate to renew.
 *
 * @param actingRole the role that acts on it (Viewer.APPROVER signs, Viewer.QUALITY_ENGINEER plans and follows up)
 * @param author     who may not sign it (four eyes), or null where no signature is asked
 */
record InboxItem(String kind, String id, String title, String status, String waitingFor, String raisedBy,
                 Instant since, Instant due, boolean overdue, String href, String actingRole, String author) {

    /** Null when the reader can act on it now, else why it waits on somebody else, in their words. */
    String waitsOnOthersBecause(String viewer, Predicate<String> viewerHasRole) {
        if (!viewerHasRole.test(actingRole)) {
            return Viewer.APPROVER.equals(actingRole) ? "an approver signs it" : "a quality engineer acts on it";
        }
        if (Signers.samePerson(author, viewer)) {
            return "you " + (Viewer.APPROVER.equals(actingRole) ? "proposed or raised" : "wrote") + " it: another person signs";
        }
        return null;
    }
}
