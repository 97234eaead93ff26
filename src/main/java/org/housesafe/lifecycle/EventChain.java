package org.housesafe.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.housesafe.platform.Sha256;
import java.util.UUID;

/**
 * The tamper-evident link of a history entry: SHA-256 over the previous entry's hash and this
 * entry's canonical content, fields separated by a unit separator so no two contents hash alike
 * by shifting text between fields. Canonical means what both databases give back: the payload
 * as compact JSON with sorted keys (PostgreSQL's jsonb reorders keys) and times in microseconds
 * (the precision both store).
 */
public final class EventChain {
    private static final char SEP = '\u001f';
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private EventChain() {
    }

    /** The hash of {@code e} as the {@code seq}-th event of {@code buildingId}, after {@code prevHash}. */
    public static String hash(String prevHash, UUID buildingId, int seq, NewEvent e) {
        return hash(prevHash, buildingId, seq, e.type().code(), e.occurredAt(), e.actor(), e.role(), e.reason(),
                e.payloadJson());
    }

    /**
     * {@link #hash(String, UUID, int, NewEvent)} when the caller wrote the payload in canonical form
     * itself ({@code canonical(e.payloadJson())} would return it unchanged), as a bulk import does
     * for a million events: the payload is not parsed again.
     */
    public static String hashCanonical(String prevHash, UUID buildingId, int seq, NewEvent e) {
        return hash(prevHash, buildingId, seq, e.type().code(), e.occurredAt(), e.actor(), e.role(), e.reason(),
                e.payloadJson(), false);
    }

    /** The hash a stored event must carry: what {@code verify-audit} recomputes. */
    public static String hash(Event e) {
        return hash(e.prevHash(), e.buildingId(), e.seq(), e.type(), e.occurredAt(), e.actor(), e.role(), e.reason(),
                e.payloadJson());
    }

    private static String hash(String prevHash, UUID buildingId, int seq, String type, Instant occurredAt,
                               String actor, String role, String reason, String payloadJson) {
        return hash(prevHash, buildingId, seq, type, occurredAt, actor, role, reason, payloadJson, true);
    }

    private static String hash(String prevHash, UUID buildingId, int seq, String type, Instant occurredAt,
                               String actor, String role, String reason, String payloadJson, boolean canonicalise) {
        String content = String.join(String.valueOf(SEP),
                prevHash == null ? "" : prevHash,
                buildingId.toString(),
                Integer.toString(seq),
                type,
                stored(occurredAt).toString(),
                actor,
                role,
                reason == null ? "" : reason,
                canonicalise ? canonical(payloadJson) : payloadJson);
        return Sha256.hex(content);
    }

    private static Object normalise(Object value) {
        if (value instanceof java.util.Map<?, ?> map) {
            java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(k.toString(), normalise(v)));
            return sorted;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(EventChain::normalise).toList();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }
        return value;
    }

    /** An instant at the precision the databases keep (microseconds). */
    public static Instant stored(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    /** Compact JSON with object keys sorted and numbers in one form (1e2, 100 and 100.0 alike). */
    public static String canonical(String json) {
        try {
            Object value = CANONICAL.readValue(json, Object.class);
            return CANONICAL.writeValueAsString(normalise(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not JSON", e);
        }
    }
}
