package org.specloop.contracts.specification;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.common.SignatureMeaning;

@EventVersion("1")
public record RevisionApproved(String specificationId, int revision, String approver, String reason, SignatureMeaning signatureMeaning, Instant approvedAt, Instant effectiveFrom) {
}
