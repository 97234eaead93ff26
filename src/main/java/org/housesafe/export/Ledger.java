package org.housesafe.export;

import java.util.Arrays;
import java.util.List;
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
    static final List<Status> OPEN_RECTIFICATION = List.of(Status.AWAITING_RECTIFICATION, Status.RECTIFYING,
            Status.RECTIFIED, Status.DEMOLITION_ORDERED, Status.DEMOLISHED);

    private Ledger() {
    }

    /** Appends {@code AND (…)} limiting {@code b} to the ledger. */
    static void condition(Sql sql) {
        sql.append(" AND (").in("b.judgement", codes(Arrays.stream(Judgement.values()).filter(Judgement::isHazard)))
                .append(" OR ").in("b.grade", codes(Arrays.stream(Grade.values()).filter(Grade::isDangerous)))
                .append(" OR ").in("b.status", codes(OPEN_RECTIFICATION.stream()))
                .append(")");
    }

    private static List<String> codes(java.util.stream.Stream<? extends org.housesafe.lifecycle.Coded> values) {
        return values.map(org.housesafe.lifecycle.Coded::code).toList();
    }
}
