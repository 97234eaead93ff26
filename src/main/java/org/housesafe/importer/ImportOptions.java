package org.housesafe.importer;

/**
 * Who imports what.
 *
 * @param fileName    recorded with the import (a name, not a path the server opens)
 * @param actor       the user or named system actor the history records
 * @param role        the actor's role code as recorded in the history
 * @param withHistory features carry their lifecycle and history (the demo data's shape) instead of
 *                    being new unsurveyed buildings
 */
public record ImportOptions(String fileName, String actor, String role, boolean withHistory) {
    /** The role recorded for a command-line import. */
    public static final String SYSTEM_ROLE = "system";

    public ImportOptions {
        if (actor == null || actor.isBlank() || actor.length() > 100) {
            throw new IllegalArgumentException("an import needs an actor name of 1-100 characters");
        }
        fileName = fileName == null ? "" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
    }

    /** New unsurveyed buildings imported by a named system actor. */
    public static ImportOptions of(String fileName, String actor) {
        return new ImportOptions(fileName, actor, SYSTEM_ROLE, false);
    }

    public ImportOptions withHistory(boolean on) {
        return new ImportOptions(fileName, actor, role, on);
    }
}
