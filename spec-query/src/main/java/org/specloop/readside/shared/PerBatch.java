package org.specloop.readside.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A value kept for the event processor's current batch (its root unit of work): made at the batch's first
 * event that asks for it and handed to its writer when the batch is about to commit, in the batch's
 * transaction, so that what many events change is written with a few statements per batch. A rolled-back
 * batch drops it with the unit of work; the retried batch starts afresh.
 */
public final class PerBatch {
    private PerBatch() {
    }

    /**
     * @param key    names the value among the unit of work's resources (one per writer instance)
     * @param create makes the empty value at the batch's first use
     * @param write  writes the value before the batch commits
     * @return the batch's value, or null outside a started unit of work (tests, tools): the caller writes at once
     */
    public static <T> T current(String key, Supplier<T> create, Consumer<T> write) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root() : null;
        if (unitOfWork == null || unitOfWork.phase() != UnitOfWork.Phase.STARTED) {
            return null;
        }
        T value = unitOfWork.getResource(key);
        if (value == null) {
            T made = create.get();
            unitOfWork.resources().put(key, made);
            unitOfWork.onPrepareCommit(u -> write.accept(made));
            value = made;
        }
        return value;
    }
}
