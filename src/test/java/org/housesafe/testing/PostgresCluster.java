package org.housesafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL 15 + PostGIS cluster, one per test JVM, started on first use and stopped at
 * the end of the run. Tests get it through {@link PostgresExtension} (a {@code PostgresCluster}
 * parameter) or {@link #get(ExtensionContext)}; both keep it in the JUnit root store, which closes it
 * when the run ends, and a shutdown hook plus a watchdog process stop it if that never happens.
 *
 * <p>The cluster lives in {@code <housesafe.test.tmp>/pg-<random>/}: {@code data/} is deleted on
 * close, {@code postgres.log} and {@code commands.log} are kept for debugging. It listens on 127.0.0.1
 * and a free port with trust authentication; it is never the system cluster.
 *
 * <p>When the binaries or PostGIS are missing, {@link #get()} skips the test, or fails it under
 * {@code CI=true} (see {@link Requirements}).
 */
public final class PostgresCluster implements AutoCloseable {

    /** The ordinary login role that owns every created database (password not checked: trust auth). */
    public static final String USER = "housesafe";
    public static final String PASSWORD = "housesafe";
    public static final String SUPERUSER = "postgres";

    private static PostgresCluster instance;
    private static RuntimeException startFailure;

    private final PgCtl pgCtl;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread shutdownHook;
    private final Process watchdog;
    private boolean closed;

    private PostgresCluster(PgCtl pgCtl, int port) throws IOException {
        this.pgCtl = pgCtl;
        this.port = port;
        this.shutdownHook = new Thread(() -> stopQuietly("JVM shutdown hook"), "housesafe-pg-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        this.watchdog = pgCtl.watchdog();
    }

    /**
     * The JVM's cluster, started now if needed, registered in the JUnit root store of {@code context}
     * so that it is stopped when the test run ends.
     */
    public static PostgresCluster get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(PostgresCluster.class))
                .getOrComputeIfAbsent(PostgresCluster.class, key -> get(), PostgresCluster.class);
    }

    /**
     * The JVM's cluster, started now if needed. Prefer {@link #get(ExtensionContext)} or the extension:
     * used alone, this relies on the shutdown hook to stop the server.
     */
    public static synchronized PostgresCluster get() {
        PgCtl.requireInstalled();
        if (startFailure != null) {
            throw new IllegalStateException("the test PostgreSQL cluster failed to start earlier in this run",
                    startFailure);
        }
        if (instance == null || instance.closed) {
            try {
                instance = start();
            } catch (IOException e) {
                startFailure = new UncheckedIOException(e);
                throw startFailure;
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return instance;
    }

    private static PostgresCluster start() throws IOException {
        PgCtl pgCtl = PgCtl.create(TestTmp.dir());
        pgCtl.initdb();
        for (int attempt = 1; attempt <= 3; attempt++) {
            int port = freePort();
            if (pgCtl.start(port)) {
                PostgresCluster cluster = new PostgresCluster(pgCtl, port);
                cluster.createRole();
                return cluster;
            }
        }
        throw new IllegalStateException("no free port for the test PostgreSQL cluster after 3 attempts" + pgCtl.logs());
    }

    /**
     * Creates a fresh database owned by {@link #USER} with the {@code postgis} extension created by the
     * superuser, as the application's migrations expect in production.
     *
     * @param prefix a readable start of the name (letters, digits and underscores are kept)
     * @return its JDBC URL, to be used with {@link #USER} / {@link #PASSWORD}
     */
    public String createDatabase(String prefix) {
        String db = newDatabase(prefix);
        execute(db, "CREATE EXTENSION postgis");
        return url(db);
    }

    /**
     * Creates a fresh database owned by {@link #USER} without PostGIS, where the ordinary role cannot
     * create the extension itself (it is not a trusted extension).
     */
    public String createDatabaseWithoutPostgis(String prefix) {
        return url(newDatabase(prefix));
    }

    /** The JDBC URL of {@code database} for the ordinary role (credentials passed separately). */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A JDBC URL that connects to {@code database} as the superuser {@code postgres}, user included. */
    public String superuserUrl(String database) {
        return url(database) + "?user=" + SUPERUSER;
    }

    /** The database name at the end of a URL returned by this class. */
    public static String databaseName(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    public int port() {
        return port;
    }

    /** The server log, kept under the build directory after the run. */
    public Path logFile() {
        return pgCtl.serverLog();
    }

    /** Stops the server and deletes its data directory; the logs stay. Safe to call twice. */
    @Override
    public void close() {
        stopQuietly("close()");
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; nothing to remove
        }
    }

    private synchronized void stopQuietly(String by) {
        if (closed) {
            return;
        }
        closed = true;
        boolean stopped = pgCtl.stop(by);
        watchdog.destroy();
        if (!stopped) {
            System.err.println("[PostgresCluster] could not stop the test cluster in " + pgCtl.dir() + pgCtl.logs());
            return;
        }
        try {
            TestTmp.deleteTree(pgCtl.dataDir());
        } catch (IOException e) {
            System.err.println("[PostgresCluster] could not delete " + pgCtl.dataDir() + ": " + e);
        }
    }

    private void createRole() {
        execute("postgres", "CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
    }

    private String newDatabase(String prefix) {
        // The name is built from an allow-list of characters, so it needs no quoting.
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "db_" + clean;
        }
        String db = clean.substring(0, Math.min(clean.length(), 50)) + "_" + databases.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + db + " OWNER " + USER);
        return db;
    }

    private void execute(String database, String sql) {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("connectTimeout", "10");
        try (Connection connection = DriverManager.getConnection(url(database), properties);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("on the test cluster, database " + database + ": " + sql
                    + " failed: " + e.getMessage() + pgCtl.logs(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
