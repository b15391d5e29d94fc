package org.specloop.command.lot.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of a deviation signature: the same fields as a revision approval. The signer's password is read
 * and checked by the signing filter; it never reaches a command.
 */
@JsonIgnoreProperties("password")
record DeviationApprovalRequest(String reason, String signatureMeaning) {
}
