package org.housesafe.adminunit;

import org.housesafe.platform.web.ApiException;

/** Parses a {@code street|community} query parameter, shared by every route that takes one. */
public final class Levels {
    private Levels() {
    }

    public static AdminUnit.Level parse(String value, String parameter, AdminUnit.Level fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value) {
            case "street" -> AdminUnit.Level.STREET;
            case "community" -> AdminUnit.Level.COMMUNITY;
            default -> throw ApiException.badParameter(parameter, "must be street or community");
        };
    }
}
