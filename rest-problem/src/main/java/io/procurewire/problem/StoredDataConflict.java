package io.procurewire.problem;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Recognises, anywhere in an exception's cause chain, a write that lost against stored data: an integrity constraint
 * violation (SQLState class 23, e.g. 23505 unique violation when two requests create the same key at once) or an
 * optimistic-lock failure (another request changed the row first). Both are the caller's race, not a server fault,
 * so they answer 409. Matched by SQLState and class name, so services without JPA need no JPA classes.
 */
final class StoredDataConflict {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";
    private static final int MAX_CAUSES = 20;

    private StoredDataConflict() {
    }

    static Optional<Problem> of(Throwable exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (isOptimisticLockFailure(cause)) {
                return Optional.of(Problem.of(409, "Conflict", "The record was changed by another request at the "
                        + "same time; read it again and repeat the change"));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_CLASS)) {
                return Optional.of(Problem.of(409, "Conflict", describe(sql.getSQLState())));
            }
        }
        return Optional.empty();
    }

    private static String describe(String sqlState) {
        return switch (sqlState) {
            case UNIQUE_VIOLATION, EXCLUSION_VIOLATION -> "The record exists already (possibly created by a request "
                    + "running at the same time); read it and change it instead";
            case FOREIGN_KEY_VIOLATION -> "The change refers to a record that does not exist (any more), or removes "
                    + "one that others still refer to";
            default -> "The change conflicts with the stored data";
        };
    }

    private static boolean isOptimisticLockFailure(Throwable exception) {
        for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
            String name = type.getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return true;
            }
        }
        return false;
    }
}
