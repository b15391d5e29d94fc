package org.specloop.contracts.change;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.qualification.FirstArticleSummary;

/**
 * firstArticle: the issue of the first article record the approver signed (null when the change has none, and on
 * events stored before it existed); ppapSubmissionLevel: the PPAP submission the approval dispositions, if any.
 */
@EventVersion("1")
public record EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                        Instant approvedAt, FirstArticleSummary firstArticle, Integer ppapSubmissionLevel) {

    public EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                     Instant approvedAt) {
        this(changeId, approver, reason, signatureMeaning, approvedAt, null, null);
    }
}
