package org.specloop.command.change.http;

public record EvidenceRequest(String itemId, String evidenceReference) {
}
