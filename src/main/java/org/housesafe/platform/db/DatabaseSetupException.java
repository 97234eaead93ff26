package org.housesafe.platform.db;

/** The database cannot be used as it is; the message says what an operator must do. */
public class DatabaseSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
