package org.housesafe.config;

import java.util.Locale;

/** The default background map of the web app. */
public enum Basemap {
    OSM, TIANDITU, NONE;

    public static Basemap parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("basemap must be osm, tianditu or none");
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
