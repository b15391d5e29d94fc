package org.specloop.contracts.change;

import org.specloop.contracts.common.SignatureMeaning;

/** A quality engineer other than the one who raised it approves the change. */
public record ApproveEngineeringChange(String changeId, String approver, String reason, SignatureMeaning signatureMeaning) {
}
