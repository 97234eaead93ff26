package org.housesafe.ogc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.housesafe.building.BuildingCondition;
import org.housesafe.platform.db.SpatialDialect;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.web.ApiException;

/**
 * A queryable given as a query parameter ({@code status=surveyed}), OGC API Features Part 1's
 * filter on a feature property: equality with a value of the queryable's type, the column taken
 * from {@link Queryables}, the value bound.
 */
record PropertyEquals(Queryables.Queryable property, Object value) implements BuildingCondition {

    /**
     * @throws ApiException 400 naming the parameter when the value is not of the property's type
     *                      or not one of its codes, or the property is the geometry (use {@code bbox})
     */
    static PropertyEquals parse(Queryables.Queryable q, String text) {
        String name = q.name();
        if (!q.values().isEmpty() && !q.values().contains(text)) {
            throw ApiException.badParameter(name, "'" + clip(text) + "' is not one of " + q.values());
        }
        try {
            Object value = switch (q.type()) {
                case STRING -> text;
                case INTEGER -> Long.parseLong(text.trim());
                case NUMBER -> new BigDecimal(text.trim());
                case BOOLEAN -> bool(text.trim(), name);
                case DATE -> LocalDate.parse(text.trim());
                case TIMESTAMP -> OffsetDateTime.parse(text.trim()).toInstant();
                case GEOMETRY -> throw ApiException.badParameter(name, "not a query parameter; use bbox or filter");
            };
            return new PropertyEquals(q, value);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ApiException.badParameter(name, "'" + clip(text) + "' is not a " + q.type().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static Boolean bool(String text, String name) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badParameter(name, "must be true or false");
        };
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    @Override
    public void appendTo(Sql sql, SpatialDialect dialect) {
        sql.append(property.column() + " = ?", value);
    }
}
