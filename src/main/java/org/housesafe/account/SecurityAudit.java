package org.housesafe.account;

import java.time.Clock;
import java.util.List;

/**
 * Writes security events (logins, logouts, token use, every 401 and 403) to the audit table.
 * Every value is cleaned of newlines and control characters first, so a hostile user name cannot
 * forge lines in a log or report built from the table.
 */
public final class SecurityAudit {
    /** The outcomes that are failures: refused logins and every 401 and 403. */
    public static final List<String> FAILURES = List.of("login_failed", "login_throttled_account",
            "login_throttled_client", "denied_401", "denied_403");

    private final AccountStore store;
    private final Clock clock;

    public SecurityAudit(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(String username, String client, String route, String outcome, String detail) {
        store.recordEvent(new AccountStore.SecurityEvent(clock.instant(), clean(username, 200), clean(client, 64),
                clean(route, 300), clean(outcome, 40), clean(detail, 500)));
    }

    /**
     * Escapes control characters as {@code \\uXXXX} and cuts the result to {@code max} characters
     * (never inside an escape), so it always fits its column.
     */
    static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            String piece = Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                    ? String.format("\\u%04x", cp) : new String(Character.toChars(cp));
            if (out.length() + piece.length() > max) {
                break;
            }
            out.append(piece);
        }
        return out.toString();
    }
}
