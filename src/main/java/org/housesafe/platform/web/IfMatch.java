package org.housesafe.platform.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write's precondition (RFC 9110 If-Match with strong comparison): {@code *}, or the strong
 * ETag {@code "<version>"} the client last saw. Missing is 428; a weak or malformed tag can never
 * match, so it ends in 412 like a stale one.
 */
public record IfMatch(boolean any, int version) {
    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,9})\"");

    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            throw new ApiException(428, "precondition-required", "If-Match required",
                    "Send If-Match with the ETag of the building as you last saw it", List.of(), Map.of());
        }
        String h = header.trim();
        if (h.equals("*")) {
            return new IfMatch(true, -1);
        }
        Matcher m = STRONG.matcher(h);
        return new IfMatch(false, m.matches() ? Integer.parseInt(m.group(1)) : -1);
    }

    public boolean matches(int current) {
        return any || version == current;
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
