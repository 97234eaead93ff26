package org.housesafe.lifecycle;

/** Appraisal grade by JGJ 125-2016; C and D are "危房". */
public enum Grade implements Coded {
    A("A"), B("B"), C("C"), D("D");

    private final String code;

    Grade(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isDangerous() {
        return this == C || this == D;
    }
}
