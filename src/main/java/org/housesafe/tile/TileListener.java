package org.housesafe.tile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.housesafe.platform.db.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the changes other app servers make: a trigger on {@code building} (migration
 * {@code tiles}) sends {@code NOTIFY housesafe_tiles} with the lon/lat boxes each statement
 * changed, delivered at commit. One thread on its own connection (outside the pool) listens and
 * drops the tiles those boxes touch. When the connection drops it reconnects, backing off up to
 * 30 s, and drops every cached tile, since notifications sent meanwhile are lost.
 */
final class TileListener {
    static final String CHANNEL = "housesafe_tiles";
    /** The listening connection's application_name, to find it in pg_stat_activity. */
    static final String APPLICATION_NAME = "housesafe-tile-listener";
    private static final Logger LOG = LoggerFactory.getLogger(TileListener.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WAIT_MS = 500;
    private static final long CHECK_EVERY_MS = 10_000;

    private final Database db;
    private final Consumer<List<Envelope>> changed;
    private final Runnable missed;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    TileListener(Database db, Consumer<List<Envelope>> changed, Runnable missed) {
        this.db = db;
        this.changed = changed;
        this.missed = missed;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, APPLICATION_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void run() {
        long backoff = 500;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                missed.run();
                backoff = 500;
                listen(c.unwrap(PGConnection.class), c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("tile change notifications interrupted ({}); reconnecting in {} ms", e.getMessage(),
                            backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            } finally {
                connection = null;
            }
        }
    }

    private void listen(PGConnection pg, Connection c) throws SQLException {
        long checked = System.currentTimeMillis();
        while (running) {
            PGNotification[] notes = pg.getNotifications(WAIT_MS);
            for (PGNotification n : notes == null ? new PGNotification[0] : notes) {
                changed(n.getParameter());
            }
            if (System.currentTimeMillis() - checked > CHECK_EVERY_MS) {
                // a half-open TCP connection would otherwise stay silent for ever
                if (!c.isValid(5)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
                checked = System.currentTimeMillis();
            }
        }
    }

    /** A payload is a JSON array of boxes {@code [minLon, minLat, maxLon, maxLat]}. */
    private void changed(String payload) {
        try {
            List<Envelope> boxes = new ArrayList<>();
            for (JsonNode b : JSON.readTree(payload)) {
                boxes.add(new Envelope(b.get(0).asDouble(), b.get(2).asDouble(), b.get(1).asDouble(),
                        b.get(3).asDouble()));
            }
            changed.accept(boxes);
        } catch (IOException | RuntimeException e) {
            LOG.warn("unreadable tile change notification; dropping every cached tile", e);
            missed.run();
        }
    }

    /** A connection of its own: a pooled one would be recycled under the listener. */
    private Connection open() throws SQLException {
        HikariDataSource pool = db.dataSource().unwrap(HikariDataSource.class);
        Properties p = new Properties();
        if (pool.getUsername() != null) {
            p.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            p.setProperty("password", pool.getPassword());
        }
        p.setProperty("ApplicationName", APPLICATION_NAME);
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), p);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing only to wake the listener up
            }
        }
    }
}
