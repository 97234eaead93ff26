package org.housesafe.lifecycle;

/**
 * Where a building stands in the safety lifecycle (DOMAIN.md). The code is the stable API and
 * storage value; the Chinese label is for logs and exports, the web app has its own i18n table.
 */
public enum Status implements Coded {
    UNSURVEYED("unsurveyed", "待排查"),
    SURVEYED("surveyed", "已排查"),
    ARCHIVED_SAFE("archived_safe", "无隐患归档"),
    AWAITING_APPRAISAL("awaiting_appraisal", "待鉴定"),
    AWAITING_RECTIFICATION("awaiting_rectification", "待整治"),
    RECTIFYING("rectifying", "整治中"),
    RECTIFIED("rectified", "已整治(待验收)"),
    DEMOLITION_ORDERED("demolition_ordered", "待拆除"),
    DEMOLISHED("demolished", "已拆除"),
    CLOSED("closed", "已销号"),
    /**
     * Taken off the register: recorded by mistake or twice (撤销登记). Nothing is deleted: the
     * building keeps its footprint and history but leaves every list, count, map and export.
     */
    WITHDRAWN("withdrawn", "已撤销");

    private final String code;
    private final String label;

    Status(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
