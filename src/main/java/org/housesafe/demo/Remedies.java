package org.housesafe.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.housesafe.demo.CaseMix.Case;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;

/**
 * What an appraisal recommends for a case and which measures the rectification order then
 * lists (codes of {@code AttributeSchema}'s appraisal and rectification blocks): JGJ 125's
 * usual answers — observe A and light B, treat B and C, stop using or demolish D.
 */
final class Remedies {

    private Remedies() {
    }

    /** The appraisal's recommendation; for grade B it also tells whether the case closes. */
    static String recommendation(Case c, SplittableRandom rng) {
        return switch (c.grade()) {
            case A -> "observe";
            case B -> c.withWorks() ? "use_with_treatment" : "observe";
            case C -> c.judgement() == Judgement.SERIOUS || rng.nextDouble() < 0.3 ? "stop_use" : "use_with_treatment";
            case D -> c.path().demolition() ? "demolish" : "stop_use";
        };
    }

    /** The engineering and enforcement measures of the rectification order. */
    static List<String> works(Case c, SplittableRandom rng) {
        return switch (c.grade()) {
            case B -> List.of("repair_reinforce");
            case C -> rng.nextDouble() < 0.2 ? List.of("demolish_part")
                    : c.operating() ? List.of("stop_business", "repair_reinforce") : List.of("repair_reinforce");
            case D -> c.path().demolition() ? List.of("demolish_all") : List.of("stop_use", "repair_reinforce");
            case A -> List.of();
        };
    }

    /** Days allowed to rectify after the appraisal (DOMAIN.md, local defaults). */
    static int rectificationDays(Grade grade) {
        return switch (grade) {
            case D -> 30;
            case C -> 90;
            case B -> 180;
            case A -> throw new IllegalArgumentException("grade A needs no rectification");
        };
    }
}
