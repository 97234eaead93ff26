package org.housesafe.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.housesafe.platform.Sha256;

/** Random secrets (256 bits, URL-safe) and the SHA-256 under which they are stored. */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String random(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        return Sha256.hex(secret);
    }
}
