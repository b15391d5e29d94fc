package org.specloop.command.lot.http;

/** Body of a deviation request; deviationId is optional (the server names the deviation when absent). */
record DeviationRequest(String deviationId, String disposition, String reason) {
}
