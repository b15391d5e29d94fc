package org.specloop.command.specification.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

// the signer's password is read and checked by the signing filter; it never reaches a command
@JsonIgnoreProperties("password")
record RejectionRequest(String reason) {
}
