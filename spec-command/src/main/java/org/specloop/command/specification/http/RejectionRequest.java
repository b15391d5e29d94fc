package org.specloop.command.specification.http;

record RejectionRequest(String reason) {
}
