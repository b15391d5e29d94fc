package org.specloop.contracts.change;

import java.util.List;

/** Raises an engineering change; drift carries a DRIFT change's structured evidence (null otherwise). */
public record RaiseEngineeringChange(String changeId, ChangeTrigger trigger, String title, String description, String specificationId, List<SourceSwap> sourceChanges, List<String> affectedLots, String raisedBy, DriftEvidence drift) {

    public RaiseEngineeringChange(String changeId, ChangeTrigger trigger, String title, String description, String specificationId, List<SourceSwap> sourceChanges, List<String> affectedLots, String raisedBy) {
        this(changeId, trigger, title, description, specificationId, sourceChanges, affectedLots, raisedBy, null);
    }
}
