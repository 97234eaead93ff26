package org.housesafe.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's columns (DOMAIN.md, issue 5; 照片存疑, the count of a building's photos the
 * evidence check flagged, added at the end by issue 14) in order, with their Chinese headers, Excel widths and
 * cell values: codes as Chinese labels, counts and areas as numbers, dates as {@link LocalDate}
 * (real dates in Excel), empty cells as {@code null}.
 */
final class LedgerColumns {

    /** Whether a column holds free text typed by users (written inline, checked for formula prefixes in CSV). */
    enum Kind { TEXT, LABEL, NUMBER, DATE }

    /**
     * One column; {@code key} names it in the ledger page's JSON and its {@code sort} parameter;
     * {@code value} gets the row's 1-based number (序号) and the row.
     */
    record Column(String key, String header, double width, Kind kind, Value value) {
    }

    @FunctionalInterface
    interface Value {
        Object of(long number, ExportRow row, LocalDate today);
    }

    static final List<Column> ALL = List.of(
            new Column("number", "序号", 6, Kind.NUMBER, (n, r, t) -> n),
            new Column("street", "街道", 12, Kind.LABEL, (n, r, t) -> r.streetName()),
            new Column("community", "社区/村", 12, Kind.LABEL, (n, r, t) -> r.communityName()),
            new Column("houseCode", "房屋编码", 20, Kind.TEXT, (n, r, t) -> r.houseCode()),
            new Column("address", "地址", 40, Kind.TEXT, (n, r, t) -> r.address()),
            new Column("owner", "产权人", 10, Kind.TEXT, (n, r, t) -> r.ownerName()),
            new Column("structure", "结构", 16, Kind.LABEL, (n, r, t) -> Labels.of("structure", r.structure())),
            new Column("floors", "层数", 6, Kind.NUMBER, (n, r, t) -> r.floorsAbove()),
            new Column("floorArea", "建筑面积", 10, Kind.NUMBER, (n, r, t) -> r.floorArea()),
            new Column("period", "建成年代", 13, Kind.LABEL, (n, r, t) -> Labels.of("constructionPeriod", r.constructionPeriod())),
            new Column("use", "用途", 14, Kind.LABEL, (n, r, t) -> Labels.of("use", r.use())),
            new Column("judgement", "初判", 17, Kind.LABEL, (n, r, t) -> Labels.of(r.judgement())),
            new Column("hazardTypes", "隐患类型", 24, Kind.LABEL, (n, r, t) -> Labels.of("hazardTypes", r.hazardTypes())),
            new Column("grade", "鉴定等级", 15, Kind.LABEL, (n, r, t) -> Labels.of(r.grade())),
            new Column("measures", "整治措施", 20, Kind.LABEL, (n, r, t) -> Labels.of("measures", r.measures())),
            new Column("responsible", "责任人", 10, Kind.TEXT, (n, r, t) -> r.responsible()),
            new Column("deadline", "时限", 12, Kind.DATE, (n, r, t) -> r.deadline()),
            new Column("completedDate", "完成日期", 12, Kind.DATE, (n, r, t) -> r.completedDate()),
            new Column("closed", "是否销号", 9, Kind.LABEL, (n, r, t) -> r.closed() ? "是" : "否"),
            new Column("remarks", "备注", 28, Kind.TEXT, LedgerColumns::remarks),
            new Column("flaggedPhotos", "照片存疑", 9, Kind.NUMBER, (n, r, t) -> r.flaggedPhotos()));

    private LedgerColumns() {
    }

    /** 备注: the status, and whether overdue, vacant, or in a demolition batch. */
    private static String remarks(long number, ExportRow r, LocalDate today) {
        List<String> notes = new ArrayList<>(List.of(r.status().label()));
        if (r.overdue(today)) {
            notes.add("逾期");
        }
        if (r.vacant()) {
            notes.add("空置");
        }
        if (r.batch() != null) {
            notes.add("拆除批次：" + r.batch());
        }
        return String.join("；", notes);
    }

    /** The ledger's title: area, date and count, e.g. {@code 华兴街道房屋安全隐患台账（2022-09-01，共 37 栋）}. */
    static String title(ExportArea area, LocalDate date, long count) {
        return area.label() + "房屋安全隐患台账（" + date + "，共 " + count + " 栋）";
    }
}
