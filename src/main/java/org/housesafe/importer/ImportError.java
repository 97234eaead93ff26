package org.housesafe.importer;

/**
 * One problem with one feature of an import file.
 *
 * @param index the feature's 0-based position in the file's {@code features} array (-1: the file itself)
 * @param field where in the feature, e.g. {@code properties.basic.use} or {@code geometry.coordinates[0]}
 */
public record ImportError(long index, String field, String message) {

    /** {@code feature 1234: properties.basic.use: must be one of [...]} */
    @Override
    public String toString() {
        String where = index < 0 ? "file" : "feature " + index;
        return where + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + message;
    }
}
