package org.specloop.loop.policy;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Whether the event being handled is replayed: the group was reset and reads events before its reset
 * position again. The loop then only rebuilds its fact tables and decides nothing: every change it
 * raised, lot it held and revision it proposed or withdrew for those events is already in the store as
 * events. Read from the unit of work, so the handlers, DeferredChecks and the policies keep their shape.
 * Replayed events come before live ones in a batch, so a batch's deferred checks, run after its last
 * event, only hold what live events asked for.
 */
final class LoopReplay {
    private LoopReplay() {
    }

    static boolean replaying() {
        return CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
    }
}
