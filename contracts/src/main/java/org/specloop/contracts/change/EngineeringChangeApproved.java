package org.specloop.contracts.change;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.qualification.FirstArticleSummary;

/**
 * reason is the approver's internal, signed reason; publicReason is the text the approver chose to tell OEMs,
 * null when none was given (and in older events): notifications then use a neutral standard text, never reason.
 * firstArticle: the issue of the first article record the approver signed (null when the change has none, and on
 * events stored before it existed); ppapSubmissionLevel: the PPAP submission the approval dispositions, if any.
 */
@EventVersion("1")
public record EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                        Instant approvedAt, String publicReason, FirstArticleSummary firstArticle,
                                        Integer ppapSubmissionLevel) {
    public EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                     Instant approvedAt) {
        this(changeId, approver, reason, signatureMeaning, approvedAt, null, null, null);
    }

    public EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                     Instant approvedAt, String publicReason) {
        this(changeId, approver, reason, signatureMeaning, approvedAt, publicReason, null, null);
    }

    public EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                     Instant approvedAt, FirstArticleSummary firstArticle, Integer ppapSubmissionLevel) {
        this(changeId, approver, reason, signatureMeaning, approvedAt, null, firstArticle, ppapSubmissionLevel);
    }
}
