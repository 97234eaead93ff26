package org.housesafe.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import org.housesafe.lifecycle.Coded;
import org.housesafe.platform.web.ApiException;

/** Account values in and out of JSON, with the API's stable keys. */
final class AccountJson {
    private AccountJson() {
    }

    static Map<String, Object> user(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id().toString());
        m.put("username", u.username());
        m.put("role", u.role().code());
        m.put("scope", scope(u.scope()));
        m.put("masked", u.role().masksPersonalData());
        m.put("disabled", u.disabled());
        m.put("demo", u.demo());
        m.put("createdAt", u.createdAt().toString());
        return m;
    }

    static Map<String, Object> me(Caller c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.userId().toString());
        m.put("username", c.username());
        m.put("role", c.role().code());
        m.put("scope", scope(c.scope()));
        m.put("masked", c.masked());
        return m;
    }

    /** Street codes; an empty list means every street. */
    static List<String> scope(Scope s) {
        return s.all() ? List.of() : new ArrayList<>(new TreeSet<>(s.streets()));
    }

    static Map<String, Object> token(AccountStore.Token t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().toString());
        m.put("name", t.name());
        m.put("createdAt", text(t.createdAt()));
        m.put("expiresAt", text(t.expiresAt()));
        m.put("lastUsedAt", text(t.lastUsedAt()));
        m.put("revokedAt", text(t.revokedAt()));
        return m;
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.invalid("invalid-request", "Invalid request", field, "must be text");
        }
        return v.asText();
    }

    static Role role(JsonNode body) {
        String code = text(body, "role");
        return code == null ? null : Coded.byCode(Role.class, code).orElseThrow(() -> ApiException.invalid(
                "invalid-user", "Invalid user", "role", "must be one of " + Coded.codes(Role.class)));
    }

    /** A JSON list of street codes; an empty list means every street. */
    static Scope scope(JsonNode body) {
        JsonNode v = body.get("scope");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw ApiException.invalid("invalid-user", "Invalid user", "scope", "must be a list of street codes");
        }
        if (v.isEmpty()) {
            return Scope.ALL;
        }
        TreeSet<String> codes = new TreeSet<>();
        v.forEach(c -> codes.add(c.asText()));
        try {
            return Scope.of(codes);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("invalid-user", "Invalid user", "scope", e.getMessage());
        }
    }

    static LocalDate date(JsonNode body, String field) {
        String t = text(body, field);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.invalid("invalid-request", "Invalid request", field, "must be a date YYYY-MM-DD");
        }
    }

    static Boolean bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw ApiException.invalid("invalid-request", "Invalid request", field, "must be true or false");
        }
        return v.asBoolean();
    }
}
