package org.housesafe.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.housesafe.testing.Requirements;

/** GDAL's {@code ogrinfo} as an independent reader of our exports (Debian package gdal-bin). */
public final class Ogr {
    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");
    private static final Pattern FEATURE_COUNT = Pattern.compile("Feature Count: (\\d+)");

    private Ogr() {
    }

    /** Fails under CI, skips elsewhere, when ogrinfo is missing. */
    public static void require() {
        Requirements.require("GDAL's ogrinfo (" + OGRINFO + ")", Files.isExecutable(OGRINFO), "apt-get install gdal-bin");
    }

    /** Whether this GDAL has a driver whose name contains {@code name}, e.g. {@code XLSX}. */
    static boolean hasDriver(String name) throws IOException, InterruptedException {
        return run(List.of("--formats")).contains(" " + name + " ");
    }

    /** {@code ogrinfo -ro -al -so file}: the summary, which GDAL must produce without error. */
    public static String summary(Path file, String... options) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-ro", "-al", "-so"));
        args.addAll(List.of(options));
        args.add(file.toString());
        return run(args);
    }

    /** The feature count GDAL reads from {@code file}. */
    public static long featureCount(Path file, String... options) throws IOException, InterruptedException {
        String out = summary(file, options);
        Matcher m = FEATURE_COUNT.matcher(out);
        if (!m.find()) {
            throw new AssertionError("ogrinfo printed no feature count for " + file + ":\n" + out);
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * The feature count GDAL reads from {@code url} through {@code /vsicurl/} (which sends HEAD
     * first), authenticated as README says: HTTP Basic with any user name and the API token.
     */
    public static long remoteFeatureCount(String url, String token) throws IOException, InterruptedException {
        Map<String, String> env = Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "x:" + token,
                "GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR", "CPL_VSIL_CURL_USE_HEAD", "YES");
        String out = run(List.of("-ro", "-al", "-so", "/vsicurl/" + url), env);
        Matcher m = FEATURE_COUNT.matcher(out);
        if (!m.find()) {
            throw new AssertionError("ogrinfo printed no feature count for " + url + ":\n" + out);
        }
        return Long.parseLong(m.group(1));
    }

    private static String run(List<String> args) throws IOException, InterruptedException {
        return run(args, Map.of());
    }

    private static String run(List<String> args, Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(OGRINFO.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        // the server is local: no proxy, whatever the test machine's environment says
        List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
                .forEach(builder.environment()::remove);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("ogrinfo " + args + " failed:\n" + out);
        }
        return out;
    }
}
