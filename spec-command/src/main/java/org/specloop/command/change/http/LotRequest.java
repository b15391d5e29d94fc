package org.specloop.command.change.http;

record LotRequest(String lotId) {
}
