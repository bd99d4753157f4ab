package org.openrcm.plumbing.web;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique violation (SQLSTATE 23505) anywhere in a cause chain. */
public final class UniqueViolations {

    private UniqueViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
