package org.specloop.command.change.http;

record ClosureRequest(String note) {
}
