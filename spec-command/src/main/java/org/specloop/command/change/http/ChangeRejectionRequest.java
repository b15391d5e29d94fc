package org.specloop.command.change.http;

public record ChangeRejectionRequest(String reason) {
}
