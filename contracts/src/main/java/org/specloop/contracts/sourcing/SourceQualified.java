package org.specloop.contracts.sourcing;

import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.source.Tier;

import java.time.Instant;

/**
 * A source became qualified for a spec at a tier through an approved engineering change. It adds to
 * the qualified sources of the spec's revisions; the revisions themselves stay as they were signed.
 */
@EventVersion("1")
public record SourceQualified(String qualificationId, String specificationId, Tier tier, String sourceId,
                              String changeId, String approvedBy, Instant qualifiedAt) {
}
