package org.specloop.command.specification.policy;

import java.time.Instant;

/** An approved revision waiting for its effective instant. */
record PendingActivation(String specificationId, int revision, Instant effectiveFrom) {
}
