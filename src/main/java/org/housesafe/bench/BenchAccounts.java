package org.housesafe.bench;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.housesafe.HouseSafe;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.account.User;
import org.housesafe.account.Users;

/**
 * The accounts the benchmark acts as, created in the database under test (or brought up to date
 * when a previous run left them): an administrator, without whom the service serves no data, who
 * reads everything; and an inspector who surveys, scoped to the first streets that fit in a scope
 * (the service stores at most 2,000 characters of street codes). Each gets a fresh API token valid
 * until tomorrow; passwords are random and never used (each costs an Argon2id hash, so an
 * existing account keeps its own).
 */
final class BenchAccounts {
    private static final int SCOPE_CHARS = 1_900;

    /** Bearer tokens of the reader and the writer, the writer's id and streets. */
    record Callers(String reader, String writer, UUID writerId, Set<String> writerStreets) {
    }

    private BenchAccounts() {
    }

    static Callers ensure(HouseSafe.Services s, List<String> streetCodes) {
        User reader = user(s, "bench-admin", Role.ADMIN, Scope.ALL);
        Set<String> streets = new LinkedHashSet<>();
        int chars = 0;
        for (String code : streetCodes) {
            if (chars + code.length() + 1 > SCOPE_CHARS) {
                break;
            }
            streets.add(code);
            chars += code.length() + 1;
        }
        User writer = user(s, "bench-inspector", Role.INSPECTOR, Scope.of(streets));
        LocalDate until = LocalDate.now().plusDays(1);
        return new Callers(s.tokens().create(reader, "bench", until).secret(),
                s.tokens().create(writer, "bench", until).secret(), writer.id(), Set.copyOf(streets));
    }

    private static User user(HouseSafe.Services s, String name, Role role, Scope scope) {
        return s.accounts().byName(name)
                .map(u -> s.users().change(u.id(), new Users.Change(role, scope, false, null)))
                .orElseGet(() -> s.users().create(name, role, scope, "bench-" + UUID.randomUUID(), false));
    }
}
