package org.housesafe.platform.db;

import java.sql.SQLException;

/** A write broke a unique constraint (SQLState 23505 on both PostgreSQL and H2). */
public class DuplicateKeyException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(SQLException cause) {
        super("unique constraint violated", cause);
    }

    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
