package org.specloop.contracts.change;

import org.specloop.contracts.common.SignatureMeaning;

/**
 * A quality engineer other than the one who raised it approves the change. reason is internal (it is
 * signed); publicReason, when given, is what subscribed OEMs are told instead (docs/notifications.md).
 */
public record ApproveEngineeringChange(String changeId, String approver, String reason, SignatureMeaning signatureMeaning,
                                       String publicReason) {
    public ApproveEngineeringChange(String changeId, String approver, String reason, SignatureMeaning signatureMeaning) {
        this(changeId, approver, reason, signatureMeaning, null);
    }
}
