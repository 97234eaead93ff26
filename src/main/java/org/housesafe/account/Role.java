package org.housesafe.account;

import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;
import org.housesafe.lifecycle.Coded;

/** What a user does (DOMAIN.md, "Who does what"); one role per user. */
public enum Role implements Coded, RouteRole {
    INSPECTOR("inspector"),
    STREET_OFFICE("street_office"),
    DISTRICT("district"),
    APPRAISER("appraiser"),
    PLANNER("planner"),
    ADMIN("admin");

    /** Every role: routes any signed-in user may call. */
    public static final Role[] ANY = values();

    /** Roles that record field work and may create buildings. */
    public static final Role[] FIELD_WORK = {INSPECTOR, STREET_OFFICE, DISTRICT};

    private static final Set<Role> MAY_SEE_ALL_STREETS = EnumSet.of(DISTRICT, PLANNER, ADMIN);
    private static final Set<Role> MASKED = EnumSet.of(PLANNER, APPRAISER);

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether an empty scope (every street) is allowed for this role. */
    public boolean mayHaveAllStreets() {
        return MAY_SEE_ALL_STREETS.contains(this);
    }

    /** Whether owners' name, ID number and phone are masked for this role. */
    public boolean masksPersonalData() {
        return MASKED.contains(this);
    }
}
