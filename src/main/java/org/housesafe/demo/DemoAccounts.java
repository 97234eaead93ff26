package org.housesafe.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.account.User;
import org.housesafe.account.Users;

/**
 * One account per role for trying the demo (README lists them): street-scoped roles work in
 * 华兴街道. They exist only in demo mode: outside it, {@link #disable} turns any of them off.
 */
public final class DemoAccounts {
    /** The demo password, printed in README; never use demo mode on real data. */
    public static final String PASSWORD = "Hengyang-2022";
    static final String HUAXING = "430408003";

    private static final Map<String, Role> ACCOUNTS = accounts();

    private DemoAccounts() {
    }

    private static Map<String, Role> accounts() {
        Map<String, Role> m = new LinkedHashMap<>();
        m.put("demo-inspector", Role.INSPECTOR);
        m.put("demo-street", Role.STREET_OFFICE);
        m.put("demo-district", Role.DISTRICT);
        m.put("demo-appraiser", Role.APPRAISER);
        m.put("demo-planner", Role.PLANNER);
        m.put("demo-admin", Role.ADMIN);
        return m;
    }

    /** Creates the demo accounts that are missing and re-enables those that were turned off. */
    public static void ensure(Users users) {
        Map<String, User> existing = new LinkedHashMap<>();
        users.all().forEach(u -> existing.put(u.username(), u));
        ACCOUNTS.forEach((name, role) -> {
            Scope scope = role.mayHaveAllStreets() ? Scope.ALL : Scope.of(Set.of(HUAXING));
            User u = existing.get(name);
            if (u == null) {
                users.create(name, role, scope, PASSWORD, true);
            } else if (u.demo() && u.disabled()) {
                users.change(u.id(), new Users.Change(null, null, false, null));
            }
        });
    }

    /** Disables every demo account (outside demo mode). */
    public static void disable(Users users) {
        users.all().stream().filter(u -> u.demo() && !u.disabled())
                .forEach(u -> users.change(u.id(), new Users.Change(null, null, true, null)));
    }
}
