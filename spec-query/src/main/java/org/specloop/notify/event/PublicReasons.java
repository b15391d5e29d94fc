package org.specloop.notify.event;

import org.specloop.contracts.lot.HoldCategory;

/**
 * What OEMs are told about a hold or a decision. Internal reasons (measured values, supplier names,
 * who decided) never leave SpecLoop: a person may give a public reason with the command, otherwise
 * the OEM reads a standard text for the kind of hold or decision. One place, so that the texts an
 * OEM can receive can all be read here.
 */
final class PublicReasons {

    private PublicReasons() {
    }

    /** @param revision the specification's effective revision when known, else null */
    static String held(HoldCategory category, String given, String specificationId, Integer revision) {
        if (given != null) {
            return given;
        }
        return switch (category == null ? HoldCategory.MANUAL : category) {
            case NONCONFORMANCE -> "Held for nonconformance against " + specification(specificationId, revision);
            case SOURCE_CHANGE -> "Held pending an engineering change: its declared supply chain differs from the qualified one";
            case SOURCING_RULE -> "Held: its declared supply chain does not meet the sourcing rules of "
                    + specification(specificationId, revision);
            case MANUAL -> "Held for quality review";
        };
    }

    static String released(String given) {
        return given != null ? given : "Released for use";
    }

    static String rejected(String given) {
        return given != null ? given : "Rejected: not to be used";
    }

    static String changeDecided(String decision, String given) {
        if (given != null) {
            return given;
        }
        return "APPROVED".equals(decision) ? "Engineering change approved" : "Engineering change rejected";
    }

    static String sourceQualified(String changeId) {
        return "Qualified through engineering change " + changeId;
    }

    private static String specification(String specificationId, Integer revision) {
        if (specificationId == null) {
            return "its specification";
        }
        return "specification " + specificationId + (revision == null ? "" : " rev " + revision);
    }
}
