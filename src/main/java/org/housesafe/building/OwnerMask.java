package org.housesafe.building;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Masks owners' personal data for roles that do not need it (planner, appraiser): a name keeps
 * its first and last character (张*明, 张*), a phone its first 3 and last 4 digits
 * (138****5678), an ID number its first 6 and last 4 characters.
 */
public final class OwnerMask {
    private OwnerMask() {
    }

    /** Masks the owner fields of a {@code basic} block in place. */
    public static void apply(ObjectNode basic) {
        mask(basic, "ownerName", OwnerMask::name);
        mask(basic, "ownerPhone", v -> keep(v, 3, 4));
        mask(basic, "ownerIdNumber", v -> keep(v, 6, 4));
    }

    /** Masks the old and new values of owner fields in an edit's changes, in place. */
    static void applyToChanges(com.fasterxml.jackson.databind.JsonNode changes) {
        for (com.fasterxml.jackson.databind.JsonNode c : changes) {
            if (c instanceof ObjectNode change && change.path("field").asText().startsWith(AttributeSchema.BASIC + ".")) {
                String field = change.get("field").asText().substring(AttributeSchema.BASIC.length() + 1);
                for (String side : new String[] {"old", "new"}) {
                    ObjectNode one = change.objectNode();
                    one.set(field, change.get(side));
                    apply(one);
                    change.set(side, one.get(field));
                }
            }
        }
    }

    private static void mask(ObjectNode basic, String field, java.util.function.UnaryOperator<String> how) {
        if (basic.hasNonNull(field)) {
            basic.put(field, how.apply(basic.get(field).asText()));
        }
    }

    public static String name(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length <= 1) {
            return "*";
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }

    static String keep(String value, int head, int tail) {
        int[] cps = value.codePoints().toArray();
        if (cps.length <= head + tail) {
            return "*".repeat(cps.length);
        }
        return new String(cps, 0, head) + "*".repeat(cps.length - head - tail) + new String(cps, cps.length - tail, tail);
    }
}
