package org.specloop.app.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Tells Axon when an append failed on the unique (aggregate, sequence) key, so that it becomes a
 * ConcurrencyException and the command is retried on fresh state. PostgreSQL reports it only by
 * SQLState 23505 (its driver does not use SQLIntegrityConstraintViolationException), H2 by both.
 */
public class UniqueKeyViolationResolver implements PersistenceExceptionResolver {
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
