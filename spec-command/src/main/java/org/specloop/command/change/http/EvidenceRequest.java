package org.specloop.command.change.http;

record EvidenceRequest(String itemId, String evidenceReference) {
}
