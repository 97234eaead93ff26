package org.housesafe.lifecycle;

import java.util.Objects;

/**
 * Checks one building's history row by row in {@code seq} order, remembering only the previous
 * row: sequence without gaps, {@code prev_hash} equal to the previous row's hash, and the hash
 * equal to {@link EventChain#hash(Event)} of the row's own content. The checks run in that order
 * so that the problem named is the likeliest cause: a gap means a deleted row, a wrong link a
 * reordered (or deleted) row, a wrong hash an edited row.
 */
final class ChainCheck {
    private int lastSeq;
    private String lastHash;

    /** Starts the history of another building. */
    void start() {
        lastSeq = 0;
        lastHash = null;
    }

    /** The break at {@code e} as the next row of the current building, or {@code null} when it links. */
    AuditVerifier.Broken next(Event e) {
        AuditVerifier.Broken broken = check(e);
        lastSeq = e.seq();
        lastHash = e.hash();
        return broken;
    }

    /** The break at the end of a building's history: its last event must be the recorded head. */
    AuditVerifier.Broken end(java.util.UUID building, int headSeq, String headHash) {
        if (lastSeq != headSeq) {
            return new AuditVerifier.Broken(building, Math.min(lastSeq, headSeq) + 1, lastSeq < headSeq
                    ? "the history ends at event " + lastSeq + " but event " + headSeq + " was written (deleted?)"
                    : "event " + lastSeq + " is past the recorded head " + headSeq + " (inserted?)");
        }
        if (!Objects.equals(lastHash, headHash)) {
            return new AuditVerifier.Broken(building, lastSeq, "the last event is not the one written (edited?)");
        }
        return null;
    }

    private AuditVerifier.Broken check(Event e) {
        int expected = lastSeq + 1;
        if (e.seq() != expected) {
            return new AuditVerifier.Broken(e.buildingId(), expected, gap(e.seq(), expected));
        }
        if (!Objects.equals(e.prevHash(), lastHash)) {
            return new AuditVerifier.Broken(e.buildingId(), e.seq(), expected == 1
                    ? "the first event has a prev_hash (reordered or deleted?)"
                    : "prev_hash does not match event " + lastSeq + " (reordered or deleted?)");
        }
        String problem = contentProblem(e);
        return problem == null ? null : new AuditVerifier.Broken(e.buildingId(), e.seq(), problem);
    }

    private String gap(int seq, int expected) {
        if (seq < expected) {
            return "unexpected sequence number " + seq + " (renumbered?)";
        }
        return expected == 1 ? "history starts at event " + seq + " instead of 1 (deleted?)"
                : "sequence jumps from " + lastSeq + " to " + seq + " (deleted?)";
    }

    private static String contentProblem(Event e) {
        try {
            return EventChain.hash(e).equals(e.hash()) ? null : "hash does not match its content (edited?)";
        } catch (IllegalArgumentException notJson) {
            return "payload is not JSON (edited?)";
        }
    }
}
