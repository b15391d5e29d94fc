package org.specloop.command.lot.http;

/** Body of a deviation signature: the same fields as a revision approval (the password is checked before this). */
record DeviationApprovalRequest(String reason, String signatureMeaning) {
}
