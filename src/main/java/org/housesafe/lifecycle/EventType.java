package org.housesafe.lifecycle;

/**
 * The kinds of entry in a building's history. The rules of which may follow which belong to
 * the lifecycle state machine (a later issue); here they only name what the history holds.
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
    CLOSE_OUT("close_out");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
