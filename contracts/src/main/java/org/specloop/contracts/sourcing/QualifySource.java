package org.specloop.contracts.sourcing;

import org.specloop.contracts.source.Tier;

/**
 * Qualifies a source for a spec at one tier, on the authority of an approved engineering change.
 * qualificationId names the spec's qualification record: "QUAL-" + specificationId.
 */
public record QualifySource(String qualificationId, String specificationId, Tier tier, String sourceId,
                            String changeId, String approvedBy) {

    public static String qualificationIdOf(String specificationId) {
        return "QUAL-" + specificationId;
    }
}
