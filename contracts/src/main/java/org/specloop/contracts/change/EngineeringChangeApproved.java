package org.specloop.contracts.change;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.common.SignatureMeaning;

/**
 * reason is the approver's internal, signed reason; publicReason is the text the approver chose to tell OEMs,
 * null when none was given (and in older events): notifications then use a neutral standard text, never reason.
 */
@EventVersion("1")
public record EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                        Instant approvedAt, String publicReason) {
    public EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                     Instant approvedAt) {
        this(changeId, approver, reason, signatureMeaning, approvedAt, null);
    }
}
