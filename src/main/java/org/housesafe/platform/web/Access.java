package org.housesafe.platform.web;

import io.javalin.security.RouteRole;

/** Marks a route anyone may call; every other API route names the roles that may call it. */
public enum Access implements RouteRole {
    PUBLIC
}
