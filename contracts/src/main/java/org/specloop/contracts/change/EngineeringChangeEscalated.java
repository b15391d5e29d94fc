package org.specloop.contracts.change;

import org.specloop.contracts.common.EventVersion;

import java.time.Instant;
import java.time.LocalDate;

/** The change was still undecided when its requalification plan fell due. */
@EventVersion("1")
public record EngineeringChangeEscalated(String changeId, LocalDate dueDate, String reason, String escalatedBy,
                                         Instant escalatedAt) {
}
