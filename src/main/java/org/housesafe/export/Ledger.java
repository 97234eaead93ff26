package org.housesafe.export;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.Sql;

/**
 * Which buildings are on the hazard ledger (台账): a hazard judgement (serious or some), an
 * appraisal grade C or D, or a rectification still open (ordered and not yet closed out).
 * Closed-out cases stay on it, marked 是否销号 = 是.
 */
final class Ledger {
    static final List<String> HAZARD_JUDGEMENTS = codes(Arrays.stream(Judgement.values()).filter(Judgement::isHazard));
    static final List<String> DANGEROUS_GRADES = codes(Arrays.stream(Grade.values()).filter(Grade::isDangerous));
    static final List<String> OPEN_RECTIFICATION_CODES = codes(Stream.of(Status.AWAITING_RECTIFICATION,
            Status.RECTIFYING, Status.RECTIFIED, Status.DEMOLITION_ORDERED, Status.DEMOLISHED));

    private Ledger() {
    }

    /** Appends {@code AND (…)} limiting {@code b} to the ledger. */
    static void condition(Sql sql) {
        sql.append(" AND (").in("b.judgement", HAZARD_JUDGEMENTS)
                .append(" OR ").in("b.grade", DANGEROUS_GRADES)
                .append(" OR ").in("b.status", OPEN_RECTIFICATION_CODES)
                .append(")");
    }

    private static List<String> codes(Stream<? extends Coded> values) {
        return values.map(Coded::code).toList();
    }
}
