package org.housesafe.account;

import java.time.Instant;
import java.util.UUID;

/** A stored account; the password hash never leaves the account package's store and service. */
public record User(UUID id, String username, Role role, Scope scope, String passwordHash, boolean disabled,
                   boolean demo, Instant createdAt, Instant passwordChangedAt) {
}
