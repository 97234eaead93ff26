package org.housesafe.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.ApiException.FieldError;

/**
 * Account management: create, change role and scope, disable, set passwords. Refuses a scope of
 * every street for roles that work in one street, and street codes that do not exist.
 */
public final class Users {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final String TYPE = "invalid-user";
    private static final String TITLE = "Invalid user";

    /** A change to a user; null fields stay as they are. */
    public record Change(Role role, Scope scope, Boolean disabled, String password) {
    }

    private final AccountStore store;
    private final Sessions sessions;
    private final Clock clock;
    private final java.util.function.Supplier<Set<String>> knownStreets;

    public Users(AccountStore store, Sessions sessions, Clock clock, java.util.function.Supplier<Set<String>> knownStreets) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
        this.knownStreets = knownStreets;
    }

    public User create(String username, Role role, Scope scope, String password, boolean demo) {
        if (username == null || !NAME.matcher(username).matches()) {
            throw ApiException.invalid(TYPE, TITLE, "username",
                    "3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        checkRoleScope(role, scope);
        checkPassword("password", password);
        String name = username.toLowerCase(java.util.Locale.ROOT);   // user names are case-insensitive
        Instant now = clock.instant();
        User user = new User(UUID.randomUUID(), name, role, scope, Passwords.hash(password), false, demo, now, now);
        try {
            store.insert(user);
        } catch (org.housesafe.platform.db.DuplicateKeyException e) {
            throw ApiException.conflict("User name '" + name + "' is taken");
        }
        return user;
    }

    public List<User> all() {
        return store.all();
    }

    public User get(UUID id) {
        return store.byId(id).orElseThrow(() -> ApiException.notFound("No user " + id));
    }

    public User byName(String username) {
        return store.byName(username.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> ApiException.notFound("No user " + username));
    }

    /**
     * Applies {@code change}; a new password or disabling ends every session of the user and
     * revokes all of the user's API tokens (enabling again does not bring them back).
     */
    public User change(UUID id, Change change) {
        User u = get(id);
        Role role = change.role() == null ? u.role() : change.role();
        Scope scope = change.scope() == null ? u.scope() : change.scope();
        boolean disabled = change.disabled() == null ? u.disabled() : change.disabled();
        checkRoleScope(role, scope);
        if (change.password() != null) {
            checkPassword("password", change.password());
        }
        boolean losesAdmin = u.role() == Role.ADMIN && !u.disabled() && (role != Role.ADMIN || disabled);
        if (losesAdmin && store.activeAdmins() <= 1) {
            throw ApiException.conflict("'" + u.username() + "' is the last active administrator; appoint another first");
        }
        User next = new User(u.id(), u.username(), role, scope, u.passwordHash(), disabled, u.demo(), u.createdAt(),
                u.passwordChangedAt());
        store.update(next);
        if (change.password() != null) {
            store.setPassword(u.id(), Passwords.hash(change.password()), clock.instant());
        }
        if (change.password() != null || disabled) {
            sessions.endOtherSessions(u, null);
            store.revokeTokensOf(u.id(), clock.instant());
        }
        return get(id);
    }

    /**
     * The user's own change, once the current password is proven (by
     * {@link Sessions#verify}); ends the user's other sessions and, unless {@code keepTokens},
     * revokes all of the user's API tokens.
     */
    public void setOwnPassword(User user, String next, String keepCookie, boolean keepTokens) {
        checkPassword("newPassword", next);
        store.setPassword(user.id(), Passwords.hash(next), clock.instant());
        sessions.endOtherSessions(user, keepCookie);
        if (!keepTokens) {
            store.revokeTokensOf(user.id(), clock.instant());
        }
    }

    private void checkRoleScope(Role role, Scope scope) {
        if (role == null) {
            throw ApiException.invalid(TYPE, TITLE, "role", "is required");
        }
        if (scope == null || (scope.all() && !role.mayHaveAllStreets())) {
            throw ApiException.invalid(TYPE, TITLE, "scope",
                    "role " + role.code() + " needs one or more streets; only district, planner and admin may have all");
        }
        if (!scope.all()) {
            if (scope.streets().isEmpty()) {
                throw ApiException.invalid(TYPE, TITLE, "scope", "name at least one street");
            }
            Set<String> known = knownStreets.get();
            List<FieldError> unknown = scope.streets().stream().filter(s -> !known.contains(s)).sorted()
                    .map(s -> new FieldError("scope", "unknown street " + s)).toList();
            if (!unknown.isEmpty()) {
                throw ApiException.invalid(TYPE, TITLE, unknown);
            }
        }
    }

    private static void checkPassword(String field, String password) {
        Passwords.problem(password).ifPresent(p -> {
            throw ApiException.invalid("weak-password", "Password not accepted", field, p);
        });
    }
}
