package org.housesafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs PostgreSQL 15's {@code initdb} and {@code pg_ctl} on one cluster directory, as the
 * {@code postgres} user (through {@code runuser}) when the tests run as root, since PostgreSQL refuses
 * to run as root. Command output goes to {@code commands.log} in the cluster directory and the server's
 * to {@code postgres.log}: neither inherits the test JVM's pipes.
 */
final class PgCtl {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static final Path POSTGIS_CONTROL = Path.of("/usr/share/postgresql/15/extension/postgis.control");
    static final String SERVER_PACKAGE = "postgresql-15";
    static final String POSTGIS_PACKAGE = "postgresql-15-postgis-3";

    /** Longest socket directory that leaves room for "/.s.PGSQL.65535.lock" in a 107-byte sun_path. */
    private static final int MAX_SOCKET_DIR = 80;

    private final Path dir;
    private final boolean asPostgres;

    private PgCtl(Path dir, boolean asPostgres) {
        this.dir = dir;
        this.asPostgres = asPostgres;
    }

    /** Checks the binaries and PostGIS are installed, skipping or failing the test otherwise. */
    static void requireInstalled() {
        Requirements.require("PostgreSQL 15 server (" + BIN.resolve("initdb") + ", pg_ctl)",
                Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl")),
                "apt-get install " + SERVER_PACKAGE + " " + POSTGIS_PACKAGE);
        Requirements.require("PostGIS 3 for PostgreSQL 15 (" + POSTGIS_CONTROL + ")",
                Files.isRegularFile(POSTGIS_CONTROL), "apt-get install " + POSTGIS_PACKAGE);
        if (runningAsRoot()) {
            Requirements.require("the 'postgres' system user (PostgreSQL will not run as root)",
                    postgresUser() != null, "apt-get install " + SERVER_PACKAGE);
        }
    }

    /**
     * Prepares a fresh cluster directory under {@code parent}: owned by {@code postgres} when running
     * as root, with every directory above it made traversable (o+x) for that user.
     */
    static PgCtl create(Path parent) throws IOException {
        Path dir = Files.createTempDirectory(parent, "pg-");
        boolean asPostgres = runningAsRoot();
        if (asPostgres) {
            Files.setOwner(dir, postgresUser());
            makeTraversable(dir.getParent());
        }
        return new PgCtl(dir, asPostgres);
    }

    Path dir() {
        return dir;
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    Path serverLog() {
        return dir.resolve("postgres.log");
    }

    Path commandsLog() {
        return dir.resolve("commands.log");
    }

    void initdb() {
        run(60, BIN.resolve("initdb").toString(), "-D", dataDir().toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync");
    }

    /** Starts the server on 127.0.0.1:{@code port}; returns false when the port turned out to be taken. */
    boolean start(int port) {
        String socketDir = dir.toString().length() <= MAX_SOCKET_DIR ? shellQuote(dir.toString()) : "''";
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + socketDir
                + " -c fsync=off -c max_connections=200";
        int exit = runForExit(90, BIN.resolve("pg_ctl").toString(), "-D", dataDir().toString(),
                "-l", serverLog().toString(), "-w", "-t", "60", "-o", options, "start");
        if (exit == 0) {
            return true;
        }
        if (tail(serverLog()).contains("could not bind") || tail(serverLog()).contains("already in use")) {
            return false;
        }
        throw new IllegalStateException("pg_ctl start failed (exit " + exit + ")" + logs());
    }

    /** Stops the server: fast shutdown, then immediate if that did not work. Returns whether it stopped. */
    boolean stop(String by) {
        if (!Files.exists(dataDir().resolve("postmaster.pid"))) {
            return true;
        }
        note("# stopping, requested by " + by);
        String pgCtl = BIN.resolve("pg_ctl").toString();
        return runForExit(60, pgCtl, "-D", dataDir().toString(), "-m", "fast", "-w", "stop") == 0
                || runForExit(30, pgCtl, "-D", dataDir().toString(), "-m", "immediate", "-w", "stop") == 0;
    }

    /**
     * A small shell process that stops the server if this JVM dies without running its shutdown hooks
     * (SIGKILL, e.g. a fork timeout). Destroy it after a normal stop.
     */
    Process watchdog() throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                "pid=$1; shift; while kill -0 \"$pid\" 2>/dev/null; do sleep 1; done; exec \"$@\"",
                "housesafe-pg-watchdog", Long.toString(ProcessHandle.current().pid())));
        command.addAll(asUser(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir().toString(),
                "-m", "immediate", "-w", "stop")));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("watchdog.log").toFile()))
                .redirectErrorStream(true)
                .start();
    }

    /** The end of the server log and command log, for failure messages. */
    String logs() {
        return "\n--- " + commandsLog() + " (end) ---\n" + tail(commandsLog())
                + "\n--- " + serverLog() + " (end) ---\n" + tail(serverLog());
    }

    private void run(int timeoutSeconds, String... command) {
        int exit = runForExit(timeoutSeconds, command);
        if (exit != 0) {
            throw new IllegalStateException(Path.of(command[0]).getFileName() + " failed (exit " + exit + ")" + logs());
        }
    }

    private int runForExit(int timeoutSeconds, String... command) {
        ProcessBuilder builder = new ProcessBuilder(asUser(List.of(command)))
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(commandsLog().toFile()))
                .redirectErrorStream(true);
        // PG* variables of the developer's shell must not point these commands at another cluster.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        try {
            note("$ " + String.join(" ", builder.command()));
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out after "
                        + timeoutSeconds + " s" + logs());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command[0], e);
        }
    }

    private void note(String line) {
        try {
            Files.writeString(commandsLog(), line + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("[PostgresCluster] cannot write " + commandsLog() + ": " + e);
        }
    }

    private List<String> asUser(List<String> command) {
        if (!asPostgres) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(runuser(), "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String runuser() {
        for (String candidate : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "runuser";
    }

    private static boolean runningAsRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static UserPrincipal postgresUser() {
        try {
            return java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
        } catch (IOException e) {
            return null;
        }
    }

    /** Adds o+x to {@code dir} and its ancestors where missing, so that postgres can reach its cluster. */
    private static void makeTraversable(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
            if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
                Files.setPosixFilePermissions(p, permissions);
                System.err.println("[PostgresCluster] chmod o+x " + p + " so that user postgres can reach its test cluster");
            }
        }
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "(no file)";
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
