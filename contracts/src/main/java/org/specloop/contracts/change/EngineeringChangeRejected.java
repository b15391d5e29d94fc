package org.specloop.contracts.change;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/** reason is internal; publicReason as in {@link EngineeringChangeApproved}. */
@EventVersion("1")
public record EngineeringChangeRejected(String changeId, String rejector, String reason, Instant rejectedAt,
                                        String publicReason) {
    public EngineeringChangeRejected(String changeId, String rejector, String reason, Instant rejectedAt) {
        this(changeId, rejector, reason, rejectedAt, null);
    }
}
