package org.housesafe.building;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Masks owners' personal data for roles that do not need it (planner, appraiser): a name keeps
 * its first and last character (张*明, 张*), a phone its first 3 and last 4 digits
 * (138****5678), an ID number its first 6 and last 4 characters.
 */
final class OwnerMask {
    private OwnerMask() {
    }

    /** Masks the owner fields of a {@code basic} block in place. */
    static void apply(ObjectNode basic) {
        mask(basic, "ownerName", OwnerMask::name);
        mask(basic, "ownerPhone", v -> keep(v, 3, 4));
        mask(basic, "ownerIdNumber", v -> keep(v, 6, 4));
    }

    private static void mask(ObjectNode basic, String field, java.util.function.UnaryOperator<String> how) {
        if (basic.hasNonNull(field)) {
            basic.put(field, how.apply(basic.get(field).asText()));
        }
    }

    static String name(String name) {
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
