package org.specloop.query.lot;

import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.DeclaredChain;

import java.time.Instant;
import java.util.List;

/** One lot in full: declared chain, why it is held, and its latest result per characteristic. */
public record LotView(LotSummary lot, DeclaredChain declaredChain, List<String> certificateReferences,
                      String dispositionReason, String dispositionBy, Instant dispositionAt, List<HoldReason> holds,
                      Instant evaluatedAt, String evaluationTrigger, List<CharacteristicResult> results) {
}
