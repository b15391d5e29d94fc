package org.specloop.command.change.http;

record ChangeApprovalRequest(String reason, String signatureMeaning) {
}
