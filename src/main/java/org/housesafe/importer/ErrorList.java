package org.housesafe.importer;

import java.util.ArrayList;
import java.util.List;

/** Errors in the order found (file order), the first {@link #MAX} kept and all of them counted. */
final class ErrorList {
    static final int MAX = 1000;

    private final List<ImportError> listed = new ArrayList<>();
    private long count;

    void add(ImportError e) {
        count++;
        if (listed.size() < MAX) {
            listed.add(e);
        }
    }

    void addAll(List<ImportError> errors) {
        errors.forEach(this::add);
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    List<ImportError> listed() {
        return List.copyOf(listed);
    }
}
