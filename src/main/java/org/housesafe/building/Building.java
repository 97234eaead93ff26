package org.housesafe.building;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.locationtech.jts.geom.Geometry;

/**
 * One building as stored: the typed columns that lists, filters and statistics read, and the
 * attribute blocks as JSON text ({@code null} when a list did not ask for them). Street and
 * community names are {@code null} on the way in; the store joins them on the way out.
 */
public record Building(
        UUID id, String houseCode, String address,
        String streetCode, String streetName, String communityCode, String communityName,
        Geometry footprint, double footprintArea, Double floorArea, Integer floorsAbove,
        String use, String structure, String constructionPeriod, boolean vacant,
        Status status, Judgement judgement, Grade grade, LocalDate deadline, String batch,
        String attributesJson, int version, Instant surveyedAt, Instant createdAt, Instant updatedAt) {
}
