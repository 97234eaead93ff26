package org.housesafe.account;

import java.util.UUID;

/**
 * Who makes a request, as established by a session cookie or an API token. Services take it to
 * scope queries and to name the actor of a write.
 */
public record Caller(UUID userId, String username, Role role, Scope scope, Via via) {

    /** How the caller proved who they are; CSRF checks apply to cookies only. */
    public enum Via { SESSION, TOKEN }

    public boolean masked() {
        return role.masksPersonalData();
    }
}
