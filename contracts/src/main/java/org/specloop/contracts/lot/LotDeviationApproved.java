package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.common.SignatureMeaning;

/** A deviation signed by a person other than its requester; its disposition follows as lot events. */
@EventVersion("1")
public record LotDeviationApproved(String lotId, String deviationId, DeviationDisposition disposition, String approver,
                                   String reason, SignatureMeaning signatureMeaning, Instant approvedAt) {
}
