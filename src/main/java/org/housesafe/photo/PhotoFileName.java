package org.housesafe.photo;

import java.util.regex.Pattern;

/**
 * The client's file name, kept for information only (it never names a file on disk nor sets a
 * type): its last path segment, without control or bidi-formatting characters and without
 * {@code ..}, cut to {@link #MAX_LENGTH} characters.
 */
final class PhotoFileName {
    static final int MAX_LENGTH = 100;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private PhotoFileName() {
    }

    /** The sanitised name, or {@code null} when nothing usable is left. */
    static String sanitize(String name) {
        if (name == null) {
            return null;
        }
        String base = name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        if (slash >= 0) {
            base = base.substring(slash + 1);
        }
        base = UNSAFE.matcher(base).replaceAll("");
        while (base.contains("..")) {
            base = base.replace("..", "");
        }
        base = base.strip();
        if (base.length() > MAX_LENGTH) {
            // UTF-16 units, as both backends count them at most so; never split a surrogate pair
            int cut = Character.isHighSurrogate(base.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            base = base.substring(0, cut).strip();
        }
        return base.isEmpty() ? null : base;
    }
}
