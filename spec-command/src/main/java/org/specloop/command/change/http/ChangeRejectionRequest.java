package org.specloop.command.change.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

// the signer's password is read and checked by the signing filter; it never reaches a command
@JsonIgnoreProperties("password")
record ChangeRejectionRequest(String reason) {
}
