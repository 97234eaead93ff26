package org.housesafe.platform.web;

import io.javalin.security.RouteRole;

/**
 * Marks a route anyone may call ({@code PUBLIC}); every other API route names the roles that may
 * call it, and {@code SESSION_ONLY} beside them refuses callers that sent an API token.
 */
public enum Access implements RouteRole {
    PUBLIC,
    SESSION_ONLY
}
