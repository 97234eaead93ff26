package org.housesafe.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.locationtech.jts.geom.Geometry;

/**
 * One building as exports write it: the summary columns, the ledger fields read from its
 * attribute blocks, owner name already masked where the reader's role asks for it, and the
 * footprint ({@code null} in ledger exports, which do not read it).
 *
 * @param flaggedPhotos how many of its photos the evidence check flagged (ledgers only; 0 elsewhere)
 */
record ExportRow(
        UUID id, String houseCode, String address,
        String streetCode, String streetName, String communityCode, String communityName,
        Geometry footprint, double footprintArea, Double floorArea, Integer floorsAbove,
        String use, String structure, String constructionPeriod, boolean vacant,
        Status status, Judgement judgement, Grade grade, LocalDate deadline, String batch, Instant updatedAt,
        String ownerName, List<String> hazardTypes, List<String> measures, String responsible,
        LocalDate completedDate, int flaggedPhotos) {

    /** Whether the deadline has passed on {@code today}. */
    boolean overdue(LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }

    boolean closed() {
        return status == Status.CLOSED;
    }
}
