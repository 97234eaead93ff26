package org.housesafe.ogc.cql2;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The scalar literals both encodings share, checked the same way: numbers the databases can hold,
 * dates {@code YYYY-MM-DD} and timestamps {@code YYYY-MM-DDThh:mm:ss[.fff]Z} (UTC, as CQL2 requires).
 */
final class Literals {
    /** Integer digits beyond this would overflow the columns' types or mean nothing for buildings. */
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 15;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private Literals() {
    }

    static Expr.Number number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.precision() - v.scale() > MAX_INTEGER_DIGITS || v.scale() > MAX_FRACTION_DIGITS) {
            throw Cql2.error("the number " + shorten(value.toString()) + " is out of range (at most "
                    + MAX_INTEGER_DIGITS + " digits before and " + MAX_FRACTION_DIGITS + " after the point)");
        }
        return new Expr.Number(v.scale() < 0 ? v.setScale(0) : v);
    }

    static Expr.DateValue date(String text) {
        if (DATE.matcher(text).matches()) {
            try {
                return new Expr.DateValue(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        throw Cql2.error("'" + shorten(text) + "' is not a date (YYYY-MM-DD)");
    }

    static Expr.TimestampValue timestamp(String text) {
        if (TIMESTAMP.matcher(text).matches()) {
            try {
                return new Expr.TimestampValue(DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from));
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        throw Cql2.error("'" + shorten(text) + "' is not a UTC timestamp (YYYY-MM-DDThh:mm:ssZ)");
    }

    /** An interval's end given as a bare string: {@code '..'}, a date or a timestamp. */
    static Expr intervalEnd(String text) {
        if (text.equals("..")) {
            return new Expr.Open();
        }
        return text.length() > 10 ? timestamp(text) : date(text);
    }

    /** Input echoed in an error message, cut short. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
