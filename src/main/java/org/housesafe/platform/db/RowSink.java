package org.housesafe.platform.db;

import java.io.IOException;

/** Receives rows one by one as a query streams them, typically writing each to a response. */
@FunctionalInterface
public interface RowSink<T> {
    void accept(T row) throws IOException;
}
