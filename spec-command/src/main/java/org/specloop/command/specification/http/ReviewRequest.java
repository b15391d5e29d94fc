package org.specloop.command.specification.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A review signature; its meaning is always REVIEWED, so the client states only why. */
// the signer's password is read and checked by the signing filter; it never reaches a command
@JsonIgnoreProperties("password")
record ReviewRequest(String reason) {
}
