package org.housesafe.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.housesafe.HouseSafe;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.account.Tokens;
import org.housesafe.account.User;
import org.housesafe.account.Users;
import org.housesafe.config.Config;
import org.housesafe.lifecycle.Coded;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DatabaseSetupException;
import org.housesafe.platform.web.ApiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user add|list|disable|enable|passwd|token}: accounts from the command line. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage user accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
                UserCommand.Enable.class, UserCommand.Passwd.class, UserCommand.Token.class})
public final class UserCommand {

    /** Opens the database, runs the action and turns refusals into a message and exit code 1. */
    abstract static class Action implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        abstract void run(HouseSafe.Services services) throws Exception;

        @Override
        public Integer call() throws Exception {
            Config config = connection.config(System.getenv());
            try (Database db = ConnectionOptions.open(config)) {
                run(ConnectionOptions.services(config, db));
                return 0;
            } catch (DatabaseSetupException e) {
                System.err.println(e.getMessage());
                return 3;
            } catch (ApiException e) {
                System.err.println("Refused: " + e.getMessage()
                        + (e.errors().size() > 1 ? " " + e.errors() : ""));
                return 1;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a user; the password is asked for, or read from standard input.")
    static final class Add extends Action {
        @Option(names = "--role", required = true, description = "inspector, street_office, district, appraiser, planner, admin")
        String role;
        @Option(names = "--scope", split = ",", description = "street codes; omit for all streets (district, planner, admin only)")
        List<String> scope;
        @Parameters(index = "0", description = "user name")
        String name;

        @Override
        void run(HouseSafe.Services s) throws Exception {
            Role r = Coded.byCode(Role.class, role).orElseThrow(() -> ApiException.invalid("invalid-user",
                    "Invalid user", "role", "must be one of " + Coded.codes(Role.class)));
            Scope sc = scope == null || scope.isEmpty() ? Scope.ALL : scopeOf(scope);
            User u = s.users().create(name, r, sc, readPassword("Password for " + name + ": "), false);
            System.out.println("created " + u.username() + " (" + u.role().code() + ")");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
    static final class ListUsers extends Action {
        @Override
        void run(HouseSafe.Services s) {
            for (User u : s.users().all()) {
                System.out.printf("%-24s %-14s %-30s %s%n", u.username(), u.role().code(),
                        u.scope().all() ? "all streets" : String.join(",", new TreeSet<>(u.scope().streets())),
                        (u.disabled() ? "disabled" : "active") + (u.demo() ? ", demo" : ""));
            }
        }
    }

    /** Turns a user off or on; turning off ends their sessions. */
    abstract static class Switch extends Action {
        @Parameters(index = "0", description = "user name")
        String name;

        abstract boolean disable();

        @Override
        void run(HouseSafe.Services s) {
            s.users().change(s.users().byName(name).id(), new Users.Change(null, null, disable(), null));
            System.out.println((disable() ? "disabled " : "enabled ") + name);
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user, end their sessions and revoke their API tokens.")
    static final class Disable extends Switch {
        @Override
        boolean disable() {
            return true;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user (their revoked tokens stay revoked).")
    static final class Enable extends Switch {
        @Override
        boolean disable() {
            return false;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a user's password (asked for, or read from standard input); ends their sessions and revokes their API tokens.")
    static final class Passwd extends Action {
        @Parameters(index = "0", description = "user name")
        String name;

        @Override
        void run(HouseSafe.Services s) throws Exception {
            User u = s.users().byName(name);
            s.users().change(u.id(), new Users.Change(null, null, null, readPassword("New password for " + name + ": ")));
            System.out.println("password changed for " + name);
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Create an API token for a user; it is printed once.")
    static final class Token extends Action {
        @Parameters(index = "0", description = "user name")
        String name;
        @Option(names = "--name", defaultValue = "command line", description = "what the token is for")
        String tokenName;
        @Option(names = "--expires", description = "last day it works, YYYY-MM-DD")
        LocalDate expires;

        @Override
        void run(HouseSafe.Services s) {
            Tokens.Created c = s.tokens().create(s.users().byName(name), tokenName, expires);
            System.out.println(c.secret());
        }
    }

    static Scope scopeOf(List<String> codes) {
        try {
            return Scope.of(Set.copyOf(codes.stream().map(String::trim).toList()));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("invalid-user", "Invalid user", "scope", e.getMessage());
        }
    }

    /** Asks on the terminal without echo (twice), or reads one line from standard input. */
    static String readPassword(String prompt) throws java.io.IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword(prompt);
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw ApiException.invalid("weak-password", "Password not accepted", "password", "the two entries differ");
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw ApiException.invalid("weak-password", "Password not accepted", "password", "none given on standard input");
        }
        return line;
    }
}
