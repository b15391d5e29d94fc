package org.specloop.command.change.http;

public record LotRequest(String lotId) {
}
