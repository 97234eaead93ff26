package org.housesafe.platform.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The web app's files as the service worker precaches them: every file of the {@code web/}
 * classpath directory, plus the webjar files (Leaflet, ECharts) its pages and modules name, and a
 * version that is a hash of all of them. {@code GET /sw.js} answers the worker ({@code web/sw.js})
 * with its {@code APP} line filled in with that version and list: a changed file changes the
 * worker, so the browser installs the new version and the worker drops the old cache; an
 * unchanged app answers the browser's update check with a 304.
 *
 * <p>Fails at startup ({@link IllegalStateException}) when {@code web/} or the worker's
 * {@code APP} line is missing, rather than serving an app that cannot work offline.
 */
public final class AppFiles {
    static final String WORKER = "/sw.js";
    /** The line of web/sw.js that the server replaces; the file as stored works as a "dev" worker. */
    static final String APP_LINE = "const APP = { version: 'dev', files: [] };";
    private static final Pattern WEBJAR = Pattern.compile("/webjars/[A-Za-z0-9._/-]+\\.(?:js|css|png|svg)");
    private static final List<String> SKIPPED = List.of(WORKER);

    private final String version;
    private final List<String> files;
    private final String worker;

    private AppFiles(String version, List<String> files, String worker) {
        this.version = version;
        this.files = List.copyOf(files);
        this.worker = worker;
    }

    /** Reads {@code web/} from the classpath (a directory in development, the jar in production). */
    public static AppFiles fromClasspath() {
        URL root = AppFiles.class.getClassLoader().getResource("web/index.html");
        if (root == null) {
            throw new IllegalStateException("the web app (web/index.html) is not on the classpath");
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return of(jar.provider().getPath(uri).getParent());
                } catch (FileSystemAlreadyExistsException e) {
                    // Jetty mounted the jar already (it serves the same files): read through its mount.
                    return of(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent());
                }
            }
            return of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the web app from " + root, e);
        }
    }

    /** The app under directory {@code web} (the folder holding index.html and sw.js). */
    static AppFiles of(Path web) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(web)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                contents.put("/" + web.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        byte[] template = contents.get(WORKER);
        String workerText = template == null ? "" : new String(template, StandardCharsets.UTF_8);
        if (!workerText.contains(APP_LINE)) {
            throw new IllegalStateException("web/sw.js has no line " + APP_LINE);
        }
        TreeSet<String> list = new TreeSet<>();
        MessageDigest digest = sha256();
        contents.forEach((path, bytes) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            if (SKIPPED.contains(path)) {
                return;
            }
            list.add(path);
            if (path.endsWith(".html") || path.endsWith(".js") || path.endsWith(".css")) {
                Matcher m = WEBJAR.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (m.find()) {
                    list.add(m.group());
                }
            }
        });
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        List<String> files = new ArrayList<>(list);
        String app = "const APP = { version: '" + version + "', files: " + jsonStrings(files) + " };";
        return new AppFiles(version, files, workerText.replace(APP_LINE, app));
    }

    private static String jsonStrings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String v : values) {
            out.append(out.length() > 1 ? ", " : "").append('\'').append(v).append('\'');
        }
        return out.append(']').toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String version() {
        return version;
    }

    /** URL paths the worker precaches, sorted; the worker itself is not among them. */
    public List<String> files() {
        return files;
    }

    /** Whether the static file handler should leave this request to the route that serves the worker. */
    public static boolean isWorker(String path) {
        return WORKER.equals(path);
    }

    /**
     * Serves the worker: no HTTP caching (the browser checks it on every visit and must see a new
     * version at once), a 304 while the version is the same; its CSP lets it fetch basemap tiles.
     */
    public void register(JavalinConfig javalin, SecurityHeaders headers) {
        javalin.routes.get(WORKER, ctx -> serveWorker(ctx, headers), Access.PUBLIC);
    }

    private void serveWorker(Context ctx, SecurityHeaders headers) {
        String etag = "\"" + version + "\"";
        ctx.header("Content-Security-Policy", headers.workerPolicy());
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("text/javascript; charset=utf-8").result(worker);
    }
}
