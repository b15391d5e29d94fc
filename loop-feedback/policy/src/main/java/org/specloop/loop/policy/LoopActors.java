package org.specloop.loop.policy;

/** The names the loop acts under, so that every event says which part of the loop caused it. */
final class LoopActors {
    public static final String TRANSFER_FUNCTION = "loop:transfer-function";
    public static final String SPC = "loop:spc";

    private LoopActors() {
    }

    public static boolean isLoop(String actor) {
        return actor != null && actor.startsWith("loop:");
    }
}
