package org.specloop.contracts.specification;

import java.time.Instant;
import org.specloop.contracts.common.SignatureMeaning;

/** Signs a proposed revision; effectiveFrom null means now. */
public record ApproveRevision(String specificationId, int revision, String approver, String reason, SignatureMeaning signatureMeaning, Instant effectiveFrom) {
}
