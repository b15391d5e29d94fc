package org.specloop.app.replay;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A test handler in the query-lots group that, when closed, holds a replay at its first event: the test
 * can then look at the other read models while query-lots is provably in the middle of its replay.
 */
@ProcessingGroup("query-lots")
public class ReplayGate {
    private volatile CountDownLatch gate = new CountDownLatch(0);

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    @EventHandler
    public void on(Object event, ReplayStatus status) throws InterruptedException {
        if (status.isReplay() && !gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the replay gate");
        }
    }
}
