package org.specloop.contracts.specification;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.common.SignatureMeaning;

@EventVersion("1")
public record RevisionReviewed(String specificationId, int revision, String reviewer, String reason, SignatureMeaning signatureMeaning, Instant reviewedAt) {
}
