package org.housesafe.building;

import java.util.Set;
import org.housesafe.account.Scope;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.locationtech.jts.geom.Envelope;

/**
 * Which buildings a list, the map or statistics ask for. Empty sets and {@code null} mean "no
 * condition", except {@code scope}: the caller's streets, always applied in the query itself.
 * Built by {@link BuildingQueryParser}, which has already refused bad values.
 */
public record BuildingFilter(Scope scope, Envelope bbox, Set<String> streets, Set<String> communities, Set<Status> statuses,
                             Set<Judgement> judgements, Set<Grade> grades, Set<String> uses, String text,
                             Overdue overdue) {

    /** Whether the deadline has passed, as of {@code today} (the service's zone). */
    public record Overdue(boolean wanted, java.time.LocalDate today) {
    }

    public static final BuildingFilter ALL =
            new BuildingFilter(Scope.ALL, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null);
}
