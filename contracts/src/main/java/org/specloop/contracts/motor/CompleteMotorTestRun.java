package org.specloop.contracts.motor;

import java.time.Instant;

/** The rig reported the run finished and every operating point has its result. Idempotent. */
public record CompleteMotorTestRun(String runId, Instant finishedAt) {
}
