package org.housesafe.lifecycle;

import java.util.List;
import java.util.Map;
import org.housesafe.account.Role;
import org.housesafe.platform.web.ApiException;

/** The refusals of the lifecycle, as problems with a safe public text. */
final class LifecycleException {
    private LifecycleException() {
    }

    static ApiException roleNotAllowed(Role role, EventType action) {
        return new ApiException(403, "forbidden", "Forbidden",
                "Role " + role.code() + " may not record " + action.code(), List.of(), Map.of());
    }

    static ApiException illegal(Status from, EventType action, List<EventType> allowed) {
        List<String> codes = allowed.stream().map(EventType::code).toList();
        return new ApiException(409, "illegal-transition", "Action not allowed now",
                action.code() + " is not allowed on a building that is " + from.code()
                        + (codes.isEmpty() ? "; you may take no action on it now" : "; allowed now: " + codes),
                List.of(), Map.of("buildingStatus", from.code(), "allowedActions", codes));
    }

    static ApiException unknownAction(String action) {
        return ApiException.invalid("invalid-event", "Invalid action", "action", "'" + action + "' is not an action");
    }

    static ApiException field(String field, String message) {
        return ApiException.invalid("invalid-event", "Invalid action", "payload." + field, message);
    }
}
