package org.specloop.contracts.change;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.common.SignatureMeaning;

@EventVersion("1")
public record EngineeringChangeApproved(String changeId, String approver, String reason, SignatureMeaning signatureMeaning, Instant approvedAt) {
}
