package org.specloop.contracts.change;

import java.time.Instant;
import java.util.List;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record EngineeringChangeRaised(String changeId, ChangeTrigger trigger, String title, String description, String specificationId, List<SourceSwap> sourceChanges, List<String> affectedLots, String raisedBy, Instant raisedAt) {
}
