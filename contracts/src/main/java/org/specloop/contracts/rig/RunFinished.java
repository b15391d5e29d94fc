package org.specloop.contracts.rig;

import java.time.Instant;

/** The motor leaves the rig; no further samples of this run are expected. */
public record RunFinished(String messageId, String runId, Instant at) implements RigRunMessage {
}
