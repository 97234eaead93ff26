package org.housesafe.lifecycle;

/**
 * The kinds of entry in a building's history; which may follow which is the {@link Lifecycle} table.
 */
public enum EventType implements Coded {
    CREATED("created"),
    SURVEY("survey"),
    RECHECK("recheck"),
    APPRAISAL("appraisal"),
    CONTROL_MEASURE("control_measure"),
    RECTIFICATION_ORDER("rectification_order"),
    RECTIFICATION_START("rectification_start"),
    RECTIFICATION_DONE("rectification_done"),
    ACCEPTANCE("acceptance"),
    DEMOLITION_ORDER("demolition_order"),
    DEMOLITION("demolition"),
    CLOSE_OUT("close_out"),
    /** 撤销登记: the building was recorded by mistake or twice, as the required reason says. */
    WITHDRAWAL("withdrawal"),
    /** A correction of attributes or footprint (PATCH), with the old and new values. */
    EDIT("edit"),
    /** The start of the history of a building loaded by a bulk import: the payload names the import. */
    IMPORT("import");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
