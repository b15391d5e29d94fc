package org.specloop.ingest.rig;

import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;

/**
 * Where the engine's decisions go: the MotorTestRun aggregate. Each call returns only once the
 * command's events are stored, and each is safe to repeat (a run started twice, a point recorded
 * twice and a run completed twice change nothing the second time).
 */
public interface RunCommands {

    void start(StartMotorTestRun command);

    void record(RecordOperatingPointResult command, String rigId);

    void complete(CompleteMotorTestRun command, String rigId);
}
