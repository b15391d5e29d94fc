package org.specloop.command.kernel;

import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.common.Signers;
import org.specloop.contracts.common.TextLimits;

import java.util.Locale;

/**
 * What every approval signature must carry (21 CFR Part 11 style): a person other than the
 * author, a reason, and the declared meaning APPROVED. Shared by spec revisions, engineering changes and
 * lot deviations (material review).
 */
public final class Signoff {

    private Signoff() {
    }

    public static void checkApproval(String approver, String author, String reason, SignatureMeaning meaning) {
        checkSignature(approver, "approver", author, reason, meaning, SignatureMeaning.APPROVED, "an approval");
    }

    /** A review is a signature too: by a person other than the author, with a reason, declared REVIEWED. */
    public static void checkReview(String reviewer, String author, String reason, SignatureMeaning meaning) {
        checkSignature(reviewer, "reviewer", author, reason, meaning, SignatureMeaning.REVIEWED, "a review");
    }

    private static void checkSignature(String approver, String role, String author, String reason, SignatureMeaning meaning,
                                       SignatureMeaning expected, String what) {
        Required.text(approver, role);
        // The loop and the rigs may author, but a signature binds a person; a machine id cannot sign.
        if (isMachine(approver)) {
            throw new RuleViolation("human-signature-required", "'" + approver + "' is a system, not a person; only a person can sign");
        }
        if (Signers.samePerson(author, approver)) {
            throw new RuleViolation("four-eyes", "'" + approver + "' authored this and may not sign it; another person must sign");
        }
        checkReason(reason);
        if (meaning == null) {
            throw new RuleViolation("signature-meaning-required", what + " must state the meaning of the signature");
        }
        if (meaning != expected) {
            throw new RuleViolation("signature-meaning-mismatch", what + " must be signed with meaning " + expected + ", not " + meaning);
        }
    }

    /**
     * Present, and no longer than the read models store: commands also come from the workspace and the
     * loop, not only through the edge's FieldErrors, and an event with a longer reason would stop a projection.
     */
    public static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason-required", "a reason is required");
        }
        Required.atMost(reason, TextLimits.REASON, "reason");
    }

    private static boolean isMachine(String actor) {
        String name = normalise(actor);
        return name.startsWith("loop:") || name.startsWith("rig:");
    }

    private static String normalise(String actor) {
        return actor.trim().toLowerCase(Locale.ROOT);
    }
}
