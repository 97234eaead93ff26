package org.housesafe.export;

import java.io.IOException;

/** A ledger written row by row as the rows stream in: Excel or CSV. */
interface LedgerSheet {
    /** Writes what comes before the rows; {@code title} names the area, date and count. */
    void start(String title) throws IOException;

    /** Writes row {@code number} (1-based: the 序号). */
    void row(long number, ExportRow row) throws IOException;

    /** Writes what comes after the rows; the stream is then complete. */
    void finish() throws IOException;
}
