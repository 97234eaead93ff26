package org.housesafe.lifecycle;

import static org.housesafe.lifecycle.Status.ARCHIVED_SAFE;
import static org.housesafe.lifecycle.Status.AWAITING_APPRAISAL;
import static org.housesafe.lifecycle.Status.AWAITING_RECTIFICATION;
import static org.housesafe.lifecycle.Status.CLOSED;
import static org.housesafe.lifecycle.Status.DEMOLISHED;
import static org.housesafe.lifecycle.Status.DEMOLITION_ORDERED;
import static org.housesafe.lifecycle.Status.RECTIFIED;
import static org.housesafe.lifecycle.Status.RECTIFYING;
import static org.housesafe.lifecycle.Status.SURVEYED;
import static org.housesafe.lifecycle.Status.UNSURVEYED;
import static org.housesafe.lifecycle.Status.WITHDRAWN;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.housesafe.account.Role;

/**
 * The safety lifecycle as one table (DOMAIN.md): for each action, the states it may start from,
 * the variant of its payload that decides the outcome (a recheck's result, whether an appraisal
 * closes the case), the roles allowed and the state it leads to ({@code null}: stays). The
 * required fields of each action are in {@link ActionFields}. Every write goes through
 * {@link #decide}.
 */
public final class Lifecycle {

    /** One row: {@code from, action[:variant], roles → to}. */
    public record Rule(Set<Status> from, EventType action, String variant, Set<Role> roles, Status to) {
    }

    /** Every state but withdrawn: a withdrawn building takes no action any more. */
    private static final Set<Status> ANY = EnumSet.complementOf(EnumSet.of(WITHDRAWN));
    private static final Set<Status> RECHECKABLE = EnumSet.of(SURVEYED, ARCHIVED_SAFE, AWAITING_APPRAISAL);

    static final List<Rule> RULES = List.of(
            rule(EnumSet.of(UNSURVEYED, SURVEYED), EventType.SURVEY, null, roles(Role.INSPECTOR, Role.STREET_OFFICE), SURVEYED),
            rule(ANY, EventType.CONTROL_MEASURE, null, roles(Role.STREET_OFFICE, Role.DISTRICT), null),
            rule(RECHECKABLE, EventType.RECHECK, "no_hazard", roles(Role.DISTRICT), ARCHIVED_SAFE),
            rule(RECHECKABLE, EventType.RECHECK, "hazard", roles(Role.DISTRICT), AWAITING_APPRAISAL),
            rule(RECHECKABLE, EventType.RECHECK, "returned", roles(Role.DISTRICT), SURVEYED),
            rule(EnumSet.of(AWAITING_APPRAISAL), EventType.APPRAISAL, "closes", roles(Role.APPRAISER), CLOSED),
            rule(EnumSet.of(AWAITING_APPRAISAL), EventType.APPRAISAL, "works", roles(Role.APPRAISER), AWAITING_RECTIFICATION),
            rule(EnumSet.of(AWAITING_RECTIFICATION), EventType.RECTIFICATION_ORDER, null, roles(Role.STREET_OFFICE), null),
            rule(EnumSet.of(AWAITING_RECTIFICATION), EventType.RECTIFICATION_START, null, roles(Role.STREET_OFFICE), RECTIFYING),
            rule(EnumSet.of(RECTIFYING), EventType.RECTIFICATION_DONE, null, roles(Role.STREET_OFFICE), RECTIFIED),
            rule(EnumSet.of(RECTIFIED, DEMOLISHED), EventType.ACCEPTANCE, null, roles(Role.STREET_OFFICE), CLOSED),
            rule(EnumSet.of(UNSURVEYED, SURVEYED, AWAITING_APPRAISAL, AWAITING_RECTIFICATION), EventType.DEMOLITION_ORDER,
                    null, roles(Role.STREET_OFFICE, Role.DISTRICT), DEMOLITION_ORDERED),
            rule(EnumSet.of(DEMOLITION_ORDERED), EventType.DEMOLITION, null, roles(Role.INSPECTOR, Role.STREET_OFFICE), DEMOLISHED),
            rule(EnumSet.of(DEMOLISHED), EventType.CLOSE_OUT, null, roles(Role.DISTRICT), CLOSED),
            // the reviewing authorities, not field workers: a withdrawal takes a building off every
            // ledger and map, so it must not hide a hazard on one inspector's say-so
            rule(ANY, EventType.WITHDRAWAL, null, roles(Role.STREET_OFFICE, Role.DISTRICT), WITHDRAWN),
            rule(ANY, EventType.EDIT, null, roles(Role.INSPECTOR, Role.STREET_OFFICE, Role.DISTRICT), null));

    /** What an allowed action does: the state it leads to. */
    public record Outcome(EventType action, Status to) {
    }

    private Lifecycle() {
    }

    private static Rule rule(Set<Status> from, EventType action, String variant, Set<Role> roles, Status to) {
        return new Rule(Set.copyOf(from), action, variant, Set.copyOf(roles), to);
    }

    private static Set<Role> roles(Role... roles) {
        return Set.of(roles);
    }

    /**
     * Decides {@code action} by {@code role} on a building in state {@code from}.
     *
     * @throws LifecycleException 403 when the role may never take this action, 409 (listing the
     *                            actions allowed now) when the state does not allow it, 422 naming
     *                            the first missing or bad field
     */
    public static Outcome decide(Status from, EventType action, Role role, JsonNode payload) {
        List<Rule> forAction = RULES.stream().filter(r -> r.action() == action).toList();
        if (forAction.isEmpty()) {
            throw LifecycleException.unknownAction(action.code());
        }
        if (forAction.stream().noneMatch(r -> r.roles().contains(role))) {
            throw LifecycleException.roleNotAllowed(role, action);
        }
        ActionFields.check(action, payload);
        String variant = variant(action, payload);
        Optional<Rule> rule = forAction.stream()
                .filter(r -> r.from().contains(from) && (r.variant() == null || r.variant().equals(variant)))
                .findFirst();
        if (rule.isEmpty()) {
            throw LifecycleException.illegal(from, action, allowed(from, role));
        }
        if (!rule.get().roles().contains(role)) {
            throw LifecycleException.roleNotAllowed(role, action);
        }
        return new Outcome(action, rule.get().to() == null ? from : rule.get().to());
    }

    /** The actions {@code role} may take on a building in state {@code from}, in table order. */
    public static List<EventType> allowed(Status from, Role role) {
        Set<EventType> out = new LinkedHashSet<>();
        RULES.stream().filter(r -> r.from().contains(from) && r.roles().contains(role)).forEach(r -> out.add(r.action()));
        return new ArrayList<>(out);
    }

    /** The payload variant that picks the row of a multi-outcome action ({@code null} for the others). */
    public static String variant(EventType action, JsonNode payload) {
        return switch (action) {
            case RECHECK -> payload.path("result").asText();
            case APPRAISAL -> closesCase(payload) ? "closes" : "works";
            default -> null;
        };
    }

    /** Grade A, or B to be observed without works, closes the case (DOMAIN.md). */
    static boolean closesCase(JsonNode appraisal) {
        String grade = appraisal.path("grade").asText();
        return grade.equals("A") || grade.equals("B") && appraisal.path("recommendation").asText().equals("observe");
    }

    /** The whole table, for documentation and tests. */
    public static List<Rule> rules() {
        return RULES;
    }
}
