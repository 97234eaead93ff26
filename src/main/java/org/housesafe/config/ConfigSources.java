package org.housesafe.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Merges the three sources of settings: defaults, then environment variables, then flags.
 * A bad value fails with a message naming the variable or flag.
 */
public final class ConfigSources {

    /** Values given as flags; {@code null} means not given. */
    public record Flags(Integer port, String bind, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                        String extent, String basemap, String tiandituKey) {
        public static final Flags NONE = new Flags(null, null, null, null, null, null, null, null, null);
    }

    private ConfigSources() {
    }

    public static Config resolve(Map<String, String> env, Flags flags) {
        Config d = Config.defaults();
        int port = flags.port() != null ? flags.port() : intEnv(env, "HOUSESAFE_PORT", d.port());
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        return new Config(
                port,
                pick(flags.bind(), env.get("HOUSESAFE_BIND"), d.bind()),
                flags.dataDir() != null ? flags.dataDir() : Path.of(pick(null, env.get("HOUSESAFE_DATA_DIR"), d.dataDir().toString())),
                pick(flags.dbUrl(), env.get("HOUSESAFE_DB_URL"), d.dbUrl()),
                pick(flags.dbUser(), env.get("HOUSESAFE_DB_USER"), d.dbUser()),
                pick(flags.dbPassword(), env.get("HOUSESAFE_DB_PASSWORD"), d.dbPassword()),
                named("HOUSESAFE_EXTENT / --extent", pick(flags.extent(), env.get("HOUSESAFE_EXTENT"), null), Extent::parse, d.extent()),
                named("HOUSESAFE_BASEMAP / --basemap", pick(flags.basemap(), env.get("HOUSESAFE_BASEMAP"), null), Basemap::parse, d.basemap()),
                pick(flags.tiandituKey(), env.get("HOUSESAFE_TIANDITU_KEY"), d.tiandituKey()),
                d.limits());
    }

    private static String pick(String flag, String env, String fallback) {
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        if (env != null && !env.isBlank()) {
            return env;
        }
        return fallback;
    }

    private static int intEnv(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    private static <T> T named(String name, String value, java.util.function.Function<String, T> parse, T fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
