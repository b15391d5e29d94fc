package org.specloop.query.change;

import org.specloop.contracts.change.DriftEvidence;
import org.specloop.contracts.change.SourceSwap;

import java.time.Instant;
import java.util.List;

/**
 * One engineering change in full: what changed, the plan and its evidence, the decision, the lots it holds;
 * drift is a DRIFT change's structured evidence (null on other changes and on drift changes raised before it);
 * requalification: the records the plan asks for and the first article's standing.
 */
public record ChangeView(ChangeSummary change, String description, List<SourceSwap> sourceChanges, String planner,
                         List<PlanItemView> planItems, Instant evidenceCompleteAt, String decisionReason,
                         String signatureMeaning, Instant decidedAt, String closedBy, String closeNote, Instant closedAt,
                         List<String> lots, Instant escalatedAt, String escalationReason, DriftEvidence drift,
                         RequalificationView requalification) {
}
