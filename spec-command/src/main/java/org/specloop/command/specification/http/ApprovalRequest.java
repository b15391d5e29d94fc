package org.specloop.command.specification.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * effectiveFrom absent means effective on approval. The signer's password is read and checked by the
 * signing filter; it never reaches a command.
 */
@JsonIgnoreProperties("password")
record ApprovalRequest(String reason, String signatureMeaning, Instant effectiveFrom) {
}
