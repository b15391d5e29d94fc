package org.specloop.command.specification.http;

public record RejectionRequest(String reason) {
}
