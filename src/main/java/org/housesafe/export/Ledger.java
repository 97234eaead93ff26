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
 * appraisal grade C or D, a rectification or demolition still open, or a case closed out (销号).
 * A case is closed out only from the ledger, so every closed case stays on it, marked 是否销号 =
 * 是 — whatever its judgement: the 44 sheds near the Yumu campus, demolished by order without a
 * survey, have none, and the ledger must still show them as the statistics count them.
 */
final class Ledger {
    static final List<String> HAZARD_JUDGEMENTS = codes(Arrays.stream(Judgement.values()).filter(Judgement::isHazard));
    static final List<String> DANGEROUS_GRADES = codes(Arrays.stream(Grade.values()).filter(Grade::isDangerous));
    static final List<String> OPEN_RECTIFICATION_CODES = codes(Stream.of(Status.AWAITING_RECTIFICATION,
            Status.RECTIFYING, Status.RECTIFIED, Status.DEMOLITION_ORDERED, Status.DEMOLISHED));
    /** Statuses that put a building on the ledger whatever its judgement and grade. */
    static final List<String> CASE_STATUS_CODES = Stream.concat(OPEN_RECTIFICATION_CODES.stream(),
            Stream.of(Status.CLOSED.code())).toList();

    private Ledger() {
    }

    /** Appends {@code AND (…)} limiting {@code b} to the ledger. */
    static void condition(Sql sql) {
        sql.append(" AND (").in("b.judgement", HAZARD_JUDGEMENTS)
                .append(" OR ").in("b.grade", DANGEROUS_GRADES)
                .append(" OR ").in("b.status", CASE_STATUS_CODES)
                .append(")");
    }

    private static List<String> codes(Stream<? extends Coded> values) {
        return values.map(Coded::code).toList();
    }
}
