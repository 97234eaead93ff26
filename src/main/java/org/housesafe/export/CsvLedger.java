package org.housesafe.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The ledger as CSV (RFC 4180: comma, CRLF, double quotes where needed) in UTF-8 with a byte
 * order mark, so that Excel opens the Chinese text correctly. The header is the first line (no
 * title row, so that GIS tools read the columns); dates are {@code yyyy-MM-dd}. Users' text
 * starting with {@code = + - @} gets a leading apostrophe so that a spreadsheet never runs it as
 * a formula.
 */
final class CsvLedger implements LedgerSheet {
    private static final String BOM = "\uFEFF";

    private final Writer out;
    private final LocalDate today;
    private final List<LedgerColumns.Column> columns = LedgerColumns.ALL;

    CsvLedger(OutputStream out, LocalDate today) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.today = today;
    }

    @Override
    public void start(String title) throws IOException {
        out.write(BOM);
        line(columns.stream().map(LedgerColumns.Column::header).toList());
    }

    @Override
    public void row(long number, ExportRow row) throws IOException {
        line(columns.stream().map(c -> cell(c, c.value().of(number, row, today))).toList());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private static String cell(LedgerColumns.Column column, Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (column.kind() == LedgerColumns.Kind.TEXT && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
