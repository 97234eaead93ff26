package org.housesafe.importer;

/** The steps of a bulk import, in order; progress is reported per phase. */
public enum ImportPhase {
    /** Reading and checking every feature; nothing is written yet. */
    VALIDATING,
    /** Looking for house codes and ids that the database already holds. */
    CHECKING,
    /** Writing the buildings and their first events inside one transaction. */
    LOADING,
    /** Building again the indexes a large import dropped (PostGIS, an import at least as large as the table). */
    INDEXING,
    COMMITTING,
    /** After the commit (PostGIS): vacuuming the building table, so that statistics can use its index alone. */
    VACUUMING,
    DONE;

    /** Lower-case name for progress lines and JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
