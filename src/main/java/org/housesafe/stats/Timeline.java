package org.housesafe.stats;

import java.time.Instant;
import java.util.Map;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Projection;

/**
 * One building's history replayed up to a cutoff: its state then, when its last event was, and
 * when it first reached each {@link Milestone}.
 *
 * @param appraisedGrade   the grade of its first appraisal, if any
 * @param demolishedArea   m² its first demolition recorded (the building's floor area if none)
 * @param demolitionBatch  the demolition batch it was pulled down in, if named
 */
record Timeline(History.Facts facts, Projection.State state, Instant lastEventAt, Map<Milestone, Instant> firsts,
                Grade appraisedGrade, double demolishedArea, String demolitionBatch) {

    /** Whether the building first reached {@code m} inside {@code period}. */
    boolean reached(Milestone m, org.housesafe.building.BuildingFilter.DateRange period) {
        Instant at = firsts.get(m);
        return at != null && (period == null || period.contains(at));
    }
}
