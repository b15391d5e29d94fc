package org.specloop.command.specification.http;

import java.time.Instant;

/** effectiveFrom absent means effective on approval. */
record ApprovalRequest(String reason, String signatureMeaning, Instant effectiveFrom) {
}
