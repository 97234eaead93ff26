package org.housesafe.platform.db;

/** A database failure that is not the client's fault; mapped to a 500 with an incident id. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
