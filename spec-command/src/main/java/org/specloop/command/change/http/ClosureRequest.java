package org.specloop.command.change.http;

public record ClosureRequest(String note) {
}
