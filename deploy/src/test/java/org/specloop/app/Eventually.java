package org.specloop.app;

import java.time.Duration;

/** Retries an assertion until it holds or time is up (deploy has no Awaitility). */
public final class Eventually {
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    private Eventually() {
    }

    /** Runs check every pause until it throws no AssertionError; after timeout, its last one is thrown. */
    public static void eventually(Duration timeout, Duration pause, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(pause.toMillis());
            }
        }
    }
}
