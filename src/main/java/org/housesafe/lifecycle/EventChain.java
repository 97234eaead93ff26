package org.housesafe.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The tamper-evident link of a history entry: SHA-256 over the previous entry's hash and this
 * entry's content, fields separated by a unit separator so no two contents hash alike by
 * shifting text between fields.
 */
public final class EventChain {
    private static final char SEP = '\u001f';

    private EventChain() {
    }

    public static String hash(String prevHash, UUID buildingId, int seq, NewEvent e) {
        String content = String.join(String.valueOf(SEP),
                prevHash == null ? "" : prevHash,
                buildingId.toString(),
                Integer.toString(seq),
                e.type().code(),
                e.occurredAt().toString(),
                e.actor(),
                e.role(),
                e.reason() == null ? "" : e.reason(),
                e.payloadJson());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", impossible);
        }
    }
}
