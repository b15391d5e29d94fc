package org.specloop.loop.policy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One loop-feedback transaction at a time. The live processor runs in one segment, but a retry of parked events
 * (the dead-letter API) runs on the caller's thread, on any node: without the lock a retried measurement and a
 * live one of the same source could each check the chart without the other's lot and both raise a drift change,
 * or both miss it. Every unit of work of the group (a processor batch, each retried dead letter) takes the row
 * lock of loop_lock first and holds it until it commits; the other waits (or, past the database's lock timeout,
 * fails and is handled again: a batch by the processor, a dead letter by the next retry).
 */
final class LoopLock implements MessageHandlerInterceptor<EventMessage<?>> {
    private static final String HELD = LoopLock.class.getName();
    private final JdbcTemplate jdbc;

    LoopLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        if (!root.resources().containsKey(HELD)) {
            jdbc.queryForList("SELECT lock_id FROM loop_lock WHERE lock_id = 1 FOR UPDATE", Integer.class);
            root.resources().put(HELD, Boolean.TRUE);
        }
        return chain.proceed();
    }
}
