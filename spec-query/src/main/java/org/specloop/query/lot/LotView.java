package org.specloop.query.lot;

import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.CustodyModel;

import java.time.Instant;
import java.util.List;

/**
 * One lot in full: declared chain (with each link's custody model as declared), the effective custody
 * model (the weakest link's, ISO 22095), why it is held, its latest result per characteristic, and its
 * deviations (open and decided, oldest first).
 */
public record LotView(LotSummary lot, DeclaredChain declaredChain, CustodyModel effectiveCustodyModel,
                      List<String> certificateReferences,
                      String dispositionReason, String dispositionBy, Instant dispositionAt, List<HoldReason> holds,
                      Instant evaluatedAt, String evaluationTrigger, List<CharacteristicResult> results,
                      List<LotDeviation> deviations) {
}
