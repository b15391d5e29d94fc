package org.specloop.notify.outbox;

import java.time.Duration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Tells this node's delivery loop that rows were queued, once the transaction that queued them has
 * committed, so a notification leaves as soon as it exists instead of at the next poll. Polling
 * stays for rows queued by other nodes and for retries that come due. Wakes are not counted: one
 * pending wake covers everything queued before the loop looks.
 */
public final class OutboxSignal {

    private static final String WAKE_REGISTERED = OutboxSignal.class.getName() + ".wake";

    private final Object lock = new Object();
    private boolean pending;

    /** Inside an Axon unit of work: wakes after it commits (once per unit of work); outside one: now. */
    public void wakeAfterCommit() {
        if (!CurrentUnitOfWork.isStarted()) {
            wake();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        unitOfWork.getOrComputeResource(WAKE_REGISTERED, key -> {
            unitOfWork.afterCommit(committed -> wake());
            return Boolean.TRUE;
        });
    }

    public void wake() {
        synchronized (lock) {
            pending = true;
            lock.notifyAll();
        }
    }

    /**
     * Waits until woken or until the time is up, whichever comes first.
     *
     * @return whether it was woken (a wake that came before the call counts)
     */
    public boolean await(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (lock) {
            long left;
            while (!pending && (left = deadline - System.nanoTime()) > 0) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            boolean woken = pending;
            pending = false;
            return woken;
        }
    }
}
