package org.housesafe.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.Grade;
import java.util.stream.Collectors;

/**
 * Merges the three sources of settings: defaults, then environment variables, then flags.
 * A bad value fails with a message naming the variable or flag.
 */
public final class ConfigSources {

    /** Values given as flags; {@code null} means not given. */
    public record Flags(Integer port, String bind, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                        String extent, String basemap, String tiandituKey, Boolean demo) {
        public static final Flags NONE = new Flags(null, null, null, null, null, null, null, null, null, null);
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
                limits(env, d.limits()),
                security(env, d.security()),
                flags.demo() != null ? flags.demo()
                        : named("HOUSESAFE_DEMO", env.get("HOUSESAFE_DEMO"), ConfigSources::bool, d.demo()),
                deadlines(env, d.deadlines()),
                tileCacheMb(env, d.tileCacheMb()),
                photoMaxDistance(env, d.photoMaxDistanceMeters()));
    }

    private static double photoMaxDistance(Map<String, String> env, double fallback) {
        int metres = intEnv(env, "HOUSESAFE_PHOTO_MAX_DISTANCE_M", (int) fallback);
        if (metres < 1 || metres > 100_000) {
            throw new IllegalArgumentException("HOUSESAFE_PHOTO_MAX_DISTANCE_M must be 1 to 100000 (metres)");
        }
        return metres;
    }

    private static int tileCacheMb(Map<String, String> env, int fallback) {
        int mb = intEnv(env, "HOUSESAFE_TILE_CACHE_MB", fallback);
        if (mb < 0 || mb > 65_536) {
            throw new IllegalArgumentException("HOUSESAFE_TILE_CACHE_MB must be 0 (no cache) to 65536");
        }
        return mb;
    }

    /** Local rules for deadlines; DOMAIN.md's defaults where a variable is not set. */
    private static DeadlineRules deadlines(Map<String, String> env, DeadlineRules d) {
        int control = intEnv(env, "HOUSESAFE_DEADLINE_CONTROL_HOURS", d.controlHours());
        int appraisal = intEnv(env, "HOUSESAFE_DEADLINE_APPRAISAL_DAYS", d.appraisalDays());
        String rectification = env.get("HOUSESAFE_DEADLINE_RECTIFICATION_DAYS");
        Map<Grade, Integer> byGrade = rectification == null || rectification.isBlank() ? d.rectificationDays()
                : named("HOUSESAFE_DEADLINE_RECTIFICATION_DAYS", rectification, ConfigSources::daysByGrade, null);
        if (control < 1 || appraisal < 1) {
            throw new IllegalArgumentException(
                    "HOUSESAFE_DEADLINE_CONTROL_HOURS and HOUSESAFE_DEADLINE_APPRAISAL_DAYS must be at least 1");
        }
        return new DeadlineRules(control, appraisal, byGrade, d.zone());
    }

    /** {@code D=30,C=90,B=180}: days to rectify by appraisal grade. */
    private static Map<Grade, Integer> daysByGrade(String text) {
        Map<Grade, Integer> days = new java.util.EnumMap<>(Grade.class);
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            Grade grade = kv.length == 2 ? Coded.byCode(Grade.class, kv[0].trim().toUpperCase(java.util.Locale.ROOT))
                    .orElse(null) : null;
            if (grade == null || !kv[1].trim().matches("\\d{1,4}") || Integer.parseInt(kv[1].trim()) < 1) {
                throw new IllegalArgumentException("must look like D=30,C=90,B=180 (grade=days, days at least 1)");
            }
            days.put(grade, Integer.parseInt(kv[1].trim()));
        }
        return Map.copyOf(days);
    }

    private static Config.Limits limits(Map<String, String> env, Config.Limits d) {
        int importMb = intEnv(env, "HOUSESAFE_IMPORT_MAX_MB", (int) (d.maxImportBytes() / (1024 * 1024)));
        if (importMb < 1) {
            throw new IllegalArgumentException("HOUSESAFE_IMPORT_MAX_MB must be at least 1");
        }
        return d.withMaxImportBytes(importMb * 1024L * 1024);
    }

    private static Config.Security security(Map<String, String> env, Config.Security d) {
        int idle = intEnv(env, "HOUSESAFE_SESSION_IDLE_MINUTES", (int) d.sessionIdle().toMinutes());
        int max = intEnv(env, "HOUSESAFE_SESSION_MAX_HOURS", (int) d.sessionAbsolute().toHours());
        if (idle < 1 || max < 1) {
            throw new IllegalArgumentException("HOUSESAFE_SESSION_IDLE_MINUTES and HOUSESAFE_SESSION_MAX_HOURS must be at least 1");
        }
        String secure = env.getOrDefault("HOUSESAFE_SECURE_COOKIES", "auto").trim();
        Boolean secureCookies = secure.equals("auto") || secure.isEmpty() ? null
                : named("HOUSESAFE_SECURE_COOKIES", secure, ConfigSources::bool, null);
        String proxies = env.getOrDefault("HOUSESAFE_TRUSTED_PROXIES", "");
        Set<String> trusted = Arrays.stream(proxies.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new Config.Security(Duration.ofMinutes(idle), Duration.ofHours(max), secureCookies, trusted);
    }

    private static Boolean bool(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
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
