package org.specloop.command.change.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * reason is the signed, internal reason; publicReason (optional) is what subscribed OEMs are told instead
 * (docs/notifications.md). The signer's password is read and checked by the signing filter; it never reaches
 * a command.
 */
@JsonIgnoreProperties("password")
record ChangeApprovalRequest(String reason, String signatureMeaning, String publicReason) {
}
