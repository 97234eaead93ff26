package org.housesafe.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password hashing with Argon2id (19 MiB, 2 iterations, 1 lane: the OWASP minimum) and the
 * password policy of NIST SP 800-63B: at least 10 characters, not a known common password, no
 * composition rules.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);
    private static final Set<String> COMMON = loadCommon();

    /** A hash of a random password, checked when the user is unknown so both answers take as long. */
    private static final String DUMMY_HASH = hash("dummy-password-for-timing-only");

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the same work as a real check, for unknown users. */
    public static void burn(String password) {
        matches(password, DUMMY_HASH);
    }

    /** Why {@code password} is not acceptable, or empty when it is. */
    public static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("is a commonly used password; choose another");
        }
        return Optional.empty();
    }

    private static Set<String> loadCommon() {
        Set<String> out = new HashSet<>();
        try (var in = Passwords.class.getResourceAsStream("/account/common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
