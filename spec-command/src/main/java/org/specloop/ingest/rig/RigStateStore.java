package org.specloop.ingest.rig;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.specloop.ingest.StoredOffset;

/** Durable home of the partial run state and of the offsets it corresponds to. */
interface RigStateStore {

    Optional<RunState.Stored> load(String runId);

    /** Both or neither: the runs and the next offsets to read are written in one transaction. */
    void save(Collection<RunState.Stored> runs, Map<StoredOffset, Long> nextOffsets);
}
