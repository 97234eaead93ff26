package org.housesafe.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * How long each stage may take before a case is overdue (DOMAIN.md defaults; local rules vary):
 * control measures within 24 hours of a serious finding, appraisal within 30 days of the recheck
 * that found a hazard, rectification within 30 days for grade D, 90 for C and 180 for B.
 * Deadlines are dates in the service's zone (Asia/Shanghai).
 */
public record DeadlineRules(int controlHours, int appraisalDays, Map<Grade, Integer> rectificationDays, ZoneId zone) {

    public static final DeadlineRules DEFAULT = new DeadlineRules(24, 30,
            Map.of(Grade.D, 30, Grade.C, 90, Grade.B, 180), ZoneId.of("Asia/Shanghai"));

    LocalDate control(Instant finding) {
        return finding.plusSeconds(controlHours * 3600L).atZone(zone).toLocalDate();
    }

    LocalDate appraisal(Instant recheck) {
        return recheck.atZone(zone).toLocalDate().plusDays(appraisalDays);
    }

    LocalDate rectification(Grade grade, LocalDate appraised) {
        return appraised.plusDays(rectificationDays.getOrDefault(grade, 180));
    }
}
