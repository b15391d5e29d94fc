package org.specloop.command.change.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** As {@link ChangeApprovalRequest}: reason internal, publicReason optional for OEMs; the password stays in the filter. */
@JsonIgnoreProperties("password")
record ChangeRejectionRequest(String reason, String publicReason) {
}
