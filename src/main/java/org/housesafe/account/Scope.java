package org.housesafe.account;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The streets a user may see and change. {@link #ALL} is explicit: an empty set of streets means
 * nothing, never everything, so a lost scope can only hide data, not reveal it.
 */
public record Scope(boolean all, Set<String> streets) {
    public static final Scope ALL = new Scope(true, Set.of());
    private static final Pattern STREET = Pattern.compile("\\d{9}");
    private static final String ALL_MARK = "*";

    public Scope {
        streets = Set.copyOf(streets);
    }

    public static Scope of(Set<String> streets) {
        for (String s : streets) {
            if (!STREET.matcher(s).matches()) {
                throw new IllegalArgumentException("'" + s + "' is not a 9-digit street code");
            }
        }
        return new Scope(false, streets);
    }

    public boolean allows(String streetCode) {
        return all || streets.contains(streetCode);
    }

    /** Storage form: {@code *} or the street codes, comma-separated and sorted. */
    public String stored() {
        return all ? ALL_MARK : String.join(",", new TreeSet<>(streets));
    }

    public static Scope fromStored(String text) {
        if (ALL_MARK.equals(text)) {
            return ALL;
        }
        return text.isBlank() ? of(Set.of()) : of(Set.copyOf(Arrays.asList(text.split(","))));
    }
}
