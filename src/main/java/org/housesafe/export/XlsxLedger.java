package org.housesafe.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The ledger as an Excel workbook, streamed with fastexcel: a merged title row, a bold header
 * row (frozen), then one row per building; rows are flushed to the response every
 * {@value #FLUSH_EVERY}, and users' free text is written as inline strings, so memory does not
 * grow with the number of rows.
 */
final class XlsxLedger implements LedgerSheet {
    static final String SHEET = "隐患台账";
    private static final int FLUSH_EVERY = 1000;
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String AREA_FORMAT = "0.0";

    private final Workbook workbook;
    private final Worksheet sheet;
    private final LocalDate today;
    private final List<LedgerColumns.Column> columns = LedgerColumns.ALL;

    XlsxLedger(OutputStream out, LocalDate today) {
        this.workbook = new Workbook(out, "HouseSafe", "1.0");
        this.sheet = workbook.newWorksheet(SHEET);
        this.today = today;
    }

    @Override
    public void start(String title) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
            sheet.value(HEADER_ROW, c, columns.get(c).header());
        }
        sheet.value(TITLE_ROW, 0, title);
        sheet.range(TITLE_ROW, 0, TITLE_ROW, columns.size() - 1).style().merge().bold().fontSize(14)
                .horizontalAlignment("center").set();
        sheet.rowHeight(TITLE_ROW, 24);
        sheet.range(HEADER_ROW, 0, HEADER_ROW, columns.size() - 1).style().bold().fillColor("DDEBF7")
                .horizontalAlignment("center").wrapText(true).set();
        sheet.freezePane(0, HEADER_ROW + 1);
    }

    @Override
    public void row(long number, ExportRow row) throws IOException {
        int r = Math.toIntExact(HEADER_ROW + number);
        for (int c = 0; c < columns.size(); c++) {
            LedgerColumns.Column column = columns.get(c);
            Object value = column.value().of(number, row, today);
            if (value instanceof LocalDate date) {
                sheet.value(r, c, date);
                sheet.style(r, c).format(DATE_FORMAT).set();
            } else if (value instanceof Double area) {
                sheet.value(r, c, area);
                sheet.style(r, c).format(AREA_FORMAT).set();
            } else if (value instanceof Number n) {
                sheet.value(r, c, n);
            } else if (value instanceof String text && !text.isEmpty()) {
                if (column.kind() == LedgerColumns.Kind.TEXT) {
                    sheet.inlineString(r, c, text);
                } else {
                    sheet.value(r, c, text);
                }
            }
        }
        if (number % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
