package org.housesafe.platform.db;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * The database could not take the work now, through no fault of the request: a deadlock or
 * serialization failure that retries did not clear, a lock or pool wait that ran out, a lost
 * connection. Answered 503 with {@code Retry-After}, never 500; the same request may succeed later.
 */
public class StoreBusyException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether a transaction that failed with {@code e} may simply be run again: a deadlock or a
     * serialization failure (SQLState 40001 on H2 and PostgreSQL, 40P01 on PostgreSQL).
     */
    public static boolean isRetryable(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} (or any cause of it) says the database is busy or unreachable rather
     * than that the request or the code is wrong: transient JDBC failures (deadlocks, lock and pool
     * timeouts), SQLState classes 08 (connection) and 40 (rollback), and 55P03 (lock not available).
     */
    public static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreBusyException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("40")
                    || "55P03".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
