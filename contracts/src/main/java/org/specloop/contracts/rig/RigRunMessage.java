package org.specloop.contracts.rig;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Run control on topic specloop.rig.runs (key: runId). The three kinds share one topic so that
 * a run's start, point changes and finish stay in order on one partition; "type" tells them apart.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RunStarted.class, name = "RunStarted"),
        @JsonSubTypes.Type(value = OperatingPointChanged.class, name = "OperatingPointChanged"),
        @JsonSubTypes.Type(value = RunFinished.class, name = "RunFinished")
})
public sealed interface RigRunMessage permits RunStarted, OperatingPointChanged, RunFinished {

    /** Unique per message, chosen by the rig; a redelivered message carries the same id. */
    String messageId();

    String runId();
}
