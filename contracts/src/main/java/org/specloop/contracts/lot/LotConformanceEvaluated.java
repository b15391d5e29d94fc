package org.specloop.contracts.lot;

import java.time.Instant;
import java.util.List;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.units.Characteristic;

@EventVersion("1")
public record LotConformanceEvaluated(String lotId, String specificationId, int revision, List<CharacteristicResult> results, Verdict verdict, String trigger, Instant evaluatedAt) {
}
