package org.specloop.contracts.change;

import java.time.Instant;
import java.util.List;
import org.specloop.contracts.common.EventVersion;

/** drift: a DRIFT change's structured evidence; null on other changes and on events stored before it existed. */
@EventVersion("1")
public record EngineeringChangeRaised(String changeId, ChangeTrigger trigger, String title, String description, String specificationId, List<SourceSwap> sourceChanges, List<String> affectedLots, String raisedBy, Instant raisedAt, DriftEvidence drift) {

    public EngineeringChangeRaised(String changeId, ChangeTrigger trigger, String title, String description, String specificationId, List<SourceSwap> sourceChanges, List<String> affectedLots, String raisedBy, Instant raisedAt) {
        this(changeId, trigger, title, description, specificationId, sourceChanges, affectedLots, raisedBy, raisedAt, null);
    }
}
