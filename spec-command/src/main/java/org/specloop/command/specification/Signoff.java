package org.specloop.command.specification;

import org.specloop.command.RuleViolation;
import org.specloop.contracts.common.SignatureMeaning;

import java.util.Locale;

/**
 * What every approval signature must carry (21 CFR Part 11 style): a person other than the
 * author, a reason, and the declared meaning APPROVED. Shared by spec revisions and engineering changes.
 */
public final class Signoff {

    private Signoff() {
    }

    public static void checkApproval(String approver, String author, String reason, SignatureMeaning meaning) {
        Required.text(approver, "approver");
        // The loop and the rigs may author, but a signature binds a person; a machine id cannot sign.
        if (isMachine(approver)) {
            throw new RuleViolation("human-signature-required", "'" + approver + "' is a system, not a person; only a person can approve");
        }
        if (author != null && normalise(author).equals(normalise(approver))) {
            throw new RuleViolation("four-eyes", "'" + approver + "' authored this and may not approve it; another person must sign");
        }
        checkReason(reason);
        if (meaning == null) {
            throw new RuleViolation("signature-meaning-required", "an approval must state the meaning of the signature");
        }
        if (meaning != SignatureMeaning.APPROVED) {
            throw new RuleViolation("signature-meaning-mismatch", "an approval must be signed with meaning APPROVED, not " + meaning);
        }
    }

    public static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason-required", "a reason is required");
        }
    }

    private static boolean isMachine(String actor) {
        String name = normalise(actor);
        return name.startsWith("loop:") || name.startsWith("rig:");
    }

    private static String normalise(String actor) {
        return actor.trim().toLowerCase(Locale.ROOT);
    }
}
