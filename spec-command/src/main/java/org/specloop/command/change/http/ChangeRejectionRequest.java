package org.specloop.command.change.http;

record ChangeRejectionRequest(String reason) {
}
