package org.specloop.command.change.http;

public record ChangeApprovalRequest(String reason, String signatureMeaning) {
}
