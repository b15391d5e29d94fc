package org.specloop.contracts.change;

import java.util.List;

/** Raises an engineering change. */
public record RaiseEngineeringChange(String changeId, ChangeTrigger trigger, String title, String description, String specificationId, List<SourceSwap> sourceChanges, List<String> affectedLots, String raisedBy) {
}
