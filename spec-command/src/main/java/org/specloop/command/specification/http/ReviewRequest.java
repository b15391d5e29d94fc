package org.specloop.command.specification.http;

/** A review signature; its meaning is always REVIEWED, so the client states only why. */
record ReviewRequest(String reason) {
}
