package org.housesafe.export;

import java.util.List;
import java.util.Map;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.web.ApiException;

/**
 * The rows a ledger shows: the buildings of the common filter and, with {@code photoFlags},
 * only those with (true) or without (false) photos the evidence check flagged
 * ({@code org.housesafe.photo.EvidenceCheck}) — the street office's list to review.
 *
 * @param photoFlags {@code null} when not asked
 */
record LedgerFilter(BuildingFilter buildings, Boolean photoFlags) {
    /** The ledger's own filter parameter, read besides the common filter. */
    static final String PHOTO_FLAGS = "photoFlags";

    /** Photos of building {@code b} that the check flagged; '' means checked and found nothing. */
    private static final String FLAGGED = "SELECT %s FROM photo p WHERE p.building_id = b.id AND p.evidence_flags <> ''";
    /** The ledger's 照片存疑 column. */
    static final String FLAGGED_COUNT = ", (" + FLAGGED.formatted("COUNT(*)") + ") AS flagged_photos";

    static LedgerFilter of(BuildingFilter buildings, Map<String, List<String>> params) {
        String value = BuildingQueryParser.single(params, PHOTO_FLAGS);
        if (value == null) {
            return new LedgerFilter(buildings, null);
        }
        return switch (value) {
            case "true" -> new LedgerFilter(buildings, true);
            case "false" -> new LedgerFilter(buildings, false);
            default -> throw ApiException.badParameter(PHOTO_FLAGS, "must be true or false");
        };
    }

    /** Appends the photo condition, if any, to a query over {@code building b}. */
    void photoCondition(Sql sql) {
        if (photoFlags != null) {
            sql.append(photoFlags ? " AND EXISTS (" : " AND NOT EXISTS (").append(FLAGGED.formatted("1")).append(")");
        }
    }
}
