package org.housesafe.importer;

/**
 * Told how far an import is: called when a phase starts, about once a second while it runs and
 * when it ends. Called from the importing thread; must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * @param done  features (or rows) handled so far in this phase
     * @param total how many there are, or -1 while unknown (a stream being read)
     */
    void progress(ImportPhase phase, long done, long total);
}
