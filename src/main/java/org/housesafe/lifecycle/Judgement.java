package org.housesafe.lifecycle;

/** The inspector's preliminary judgement (隐患初判). */
public enum Judgement implements Coded {
    SERIOUS("serious", "存在严重安全隐患"),
    SOME("some", "存在一定安全隐患"),
    NONE("none", "未发现安全隐患");

    private final String code;
    private final String label;

    Judgement(String code, String label) {
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

    /** A hazard was found: the case goes on to recheck and appraisal. */
    public boolean isHazard() {
        return this != NONE;
    }
}
