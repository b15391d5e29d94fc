package org.specloop.command.lot.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of a deviation refusal: a reason; the signer's password is checked by the signing filter only. */
@JsonIgnoreProperties("password")
record DeviationRejectionRequest(String reason) {
}
