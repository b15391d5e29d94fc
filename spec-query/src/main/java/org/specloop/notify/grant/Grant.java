package org.specloop.notify.grant;

import java.time.Instant;

/** One standing grant: the latest decision that gave this OEM this part or specification. */
public record Grant(String oem, GrantKind kind, String itemId, String grantedBy, Instant grantedAt, String reason) {
}
