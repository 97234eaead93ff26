package org.housesafe.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;

/**
 * What happens to each of the 2081 surveyed houses, fixed in exact numbers so that statistics
 * over the data reproduce the 2022 report: 318 operating houses (all rechecked twice), 14
 * serious and 120 some-hazard findings, grades A 12 / B 40 / C 38 / D 18 with 26 cases still
 * awaiting appraisal, and exactly 2 vacant grade-D houses demolished. Every later lifecycle
 * stage is represented. The list comes out shuffled, so the stages are spread over the map.
 */
final class CaseMix {
    static final int HOUSES = 2081;
    static final int OPERATING = 318;

    /** The course a case takes, and the status it ends in. */
    enum Path {
        SURVEYED(Status.SURVEYED),
        SAFE(Status.ARCHIVED_SAFE),
        SAFE_AFTER_RETURN(Status.ARCHIVED_SAFE),
        AWAITING_APPRAISAL(Status.AWAITING_APPRAISAL),
        CLOSED_BY_APPRAISAL(Status.CLOSED),
        AWAITING_RECTIFICATION(Status.AWAITING_RECTIFICATION),
        RECTIFYING(Status.RECTIFYING),
        RECTIFIED(Status.RECTIFIED),
        CLOSED_AFTER_RECTIFICATION(Status.CLOSED),
        DEMOLITION_ORDERED(Status.DEMOLITION_ORDERED),
        DEMOLISHED(Status.DEMOLISHED),
        CLOSED_AFTER_DEMOLITION(Status.CLOSED);

        final Status status;

        Path(Status status) {
            this.status = status;
        }

        boolean demolition() {
            return this == DEMOLITION_ORDERED || this == DEMOLISHED || this == CLOSED_AFTER_DEMOLITION;
        }
    }

    /**
     * One house's case.
     *
     * @param grade     {@code null} until appraised
     * @param withWorks for grade B: whether the appraisal calls for works (else the case closes)
     * @param use       an {@code AttributeSchema.USES} code
     */
    record Case(Path path, Judgement judgement, Grade grade, boolean withWorks, String use, boolean vacant) {
        boolean operating() {
            return !use.equals("other");
        }
    }

    private static final class Draft {
        final Path path;
        final Grade grade;
        final boolean withWorks;
        Judgement judgement;
        String use = "other";
        boolean vacant;

        Draft(Path path, Grade grade, boolean withWorks, Judgement judgement) {
            this.path = path;
            this.grade = grade;
            this.withWorks = withWorks;
            this.judgement = judgement;
        }
    }

    private CaseMix() {
    }

    static List<Case> allocate(SplittableRandom rng) {
        List<Draft> all = new ArrayList<>();
        add(all, 240, Path.SURVEYED, null, false, Judgement.NONE);
        add(all, 9, Path.SAFE_AFTER_RETURN, null, false, Judgement.NONE);
        add(all, 1698, Path.SAFE, null, false, Judgement.NONE);
        List<Draft> awaiting = add(all, 26, Path.AWAITING_APPRAISAL, null, false, Judgement.SOME);
        add(all, 12, Path.CLOSED_BY_APPRAISAL, Grade.A, false, Judgement.SOME);
        add(all, 22, Path.CLOSED_BY_APPRAISAL, Grade.B, false, Judgement.SOME);
        rectification(all, Grade.B, 5, 7, 3, 3);
        List<Draft> c = rectification(all, Grade.C, 9, 14, 7, 8);
        List<Draft> vacantD = new ArrayList<>(add(all, 1, Path.DEMOLISHED, Grade.D, true, Judgement.SERIOUS));
        vacantD.addAll(add(all, 1, Path.CLOSED_AFTER_DEMOLITION, Grade.D, true, Judgement.SERIOUS));
        List<Draft> otherD = new ArrayList<>(add(all, 7, Path.DEMOLITION_ORDERED, Grade.D, true, Judgement.SOME));
        otherD.addAll(rectification(all, Grade.D, 3, 4, 1, 1));
        vacantD.forEach(d -> d.vacant = true);

        // 14 serious: the 2 vacant D above, 8 other D, 3 C, 1 still awaiting appraisal
        pick(otherD, 8, rng).forEach(d -> d.judgement = Judgement.SERIOUS);
        pick(c, 3, rng).forEach(d -> d.judgement = Judgement.SERIOUS);
        pick(awaiting, 1, rng).forEach(d -> d.judgement = Judgement.SERIOUS);

        List<Draft> hazardOccupied = all.stream().filter(d -> d.judgement != Judgement.NONE && !d.vacant).toList();
        List<Draft> safe = all.stream().filter(d -> d.path == Path.SAFE).toList();
        List<Draft> operating = new ArrayList<>(pick(hazardOccupied, 40, rng));
        operating.addAll(pick(safe, OPERATING - 40, rng));
        for (Draft d : operating) {
            d.use = rng.nextDouble() < 0.6 ? "operating" : "mixed";
        }
        List<Draft> residentialSafe = all.stream().filter(d -> d.judgement == Judgement.NONE && d.use.equals("other")
                && d.path != Path.SAFE_AFTER_RETURN).toList();
        pick(residentialSafe, 45, rng).forEach(d -> d.vacant = true);

        shuffle(all, rng);
        List<Case> out = all.stream().map(d -> new Case(d.path, d.judgement, d.grade, d.withWorks, d.use, d.vacant))
                .toList();
        if (out.size() != HOUSES) {
            throw new IllegalStateException("demo case mix has " + out.size() + " cases");
        }
        return out;
    }

    /** Cases of {@code grade} that go on to rectification, in each stage after the appraisal. */
    private static List<Draft> rectification(List<Draft> all, Grade grade, int awaiting, int rectifying, int rectified,
                                             int closed) {
        List<Draft> out = new ArrayList<>();
        out.addAll(add(all, awaiting, Path.AWAITING_RECTIFICATION, grade, true, Judgement.SOME));
        out.addAll(add(all, rectifying, Path.RECTIFYING, grade, true, Judgement.SOME));
        out.addAll(add(all, rectified, Path.RECTIFIED, grade, true, Judgement.SOME));
        out.addAll(add(all, closed, Path.CLOSED_AFTER_RECTIFICATION, grade, true, Judgement.SOME));
        return out;
    }

    private static List<Draft> add(List<Draft> all, int n, Path path, Grade grade, boolean withWorks, Judgement j) {
        List<Draft> added = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            added.add(new Draft(path, grade, withWorks, j));
        }
        all.addAll(added);
        return added;
    }

    /** {@code n} distinct members of {@code from}, chosen at random. */
    private static List<Draft> pick(List<Draft> from, int n, SplittableRandom rng) {
        List<Draft> copy = new ArrayList<>(from);
        shuffle(copy, rng);
        return copy.subList(0, n);
    }

    /** Fisher–Yates with our generator: {@code Collections.shuffle} would want a {@code Random}. */
    static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
