package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/**
 * A deviation asked for a lot that does not conform. The verdict, specification and revision say what
 * the lot's last evaluation was when it was asked (all null when the lot was never evaluated).
 */
@EventVersion("1")
public record LotDeviationRequested(String lotId, String deviationId, DeviationDisposition disposition, String reason,
                                    String requestedBy, Verdict verdict, String specificationId, Integer revision,
                                    Instant requestedAt) {
}
