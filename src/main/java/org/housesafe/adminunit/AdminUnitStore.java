package org.housesafe.adminunit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.housesafe.platform.db.Database;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.RowSink;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Point;

/** Streets and communities; also answers which unit a point lies in, for codes at write time. */
public final class AdminUnitStore implements UnitLocator {

    /** The street and (if any) community a point lies in. */
    public record Location(String streetCode, String communityCode) {
    }

    private static final String INSERT = """
            INSERT INTO admin_unit (code, name, level, parent_code, synthetic, boundary)
            VALUES (?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))""";
    private static final String LIST = """
            SELECT code, name, level, parent_code, synthetic, ST_AsBinary(boundary) AS boundary_wkb
              FROM admin_unit WHERE level = ?""";
    private static final String LOCATE = """
            SELECT code, level FROM admin_unit
             WHERE boundary && ST_GeomFromWKB(?, 4326) AND ST_Intersects(boundary, ST_GeomFromWKB(?, 4326))
             ORDER BY code""";
    private static final String NAMES = "SELECT code, name FROM admin_unit WHERE level = ?";

    private final Database db;

    public AdminUnitStore(Database db) {
        this.db = db;
    }

    /** Inserts units in one transaction; parents must come before their children. */
    public void insertAll(List<AdminUnit> units) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (AdminUnit u : units) {
                    ps.setString(1, u.code());
                    ps.setString(2, u.name());
                    ps.setString(3, u.level().code());
                    ps.setString(4, u.parentCode());
                    ps.setBoolean(5, u.synthetic());
                    ps.setBytes(6, Wkb.write(u.boundary()));
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("admin unit insert failed", e);
        }
    }

    /** Units of {@code level} within {@code scope} (a street, or a community of it), in code order. */
    public void list(AdminUnit.Level level, Scope scope, RowSink<AdminUnit> sink) throws IOException {
        try (Connection c = db.connection(); PreparedStatement ps = scoped(LIST, level, scope).prepare(c)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new AdminUnit(rs.getString("code"), rs.getString("name"), level,
                            rs.getString("parent_code"), rs.getBoolean("synthetic"),
                            Wkb.read(rs.getBytes("boundary_wkb"))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("admin unit list failed", e);
        }
    }

    /** Code → name of every unit of {@code level} within {@code scope}, in code order. */
    public Map<String, String> names(AdminUnit.Level level, Scope scope) {
        try (Connection c = db.connection(); PreparedStatement ps = scoped(NAMES, level, scope).prepare(c)) {
            Map<String, String> names = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new StoreException("admin unit names failed", e);
        }
    }

    private static Sql scoped(String select, AdminUnit.Level level, Scope scope) {
        Sql sql = new Sql().append(select, level.code());
        if (!scope.all()) {
            String column = level == AdminUnit.Level.STREET ? "code" : "parent_code";
            if (scope.streets().isEmpty()) {
                sql.append(" AND 1=0");
            } else {
                sql.append(" AND ").in(column, new java.util.TreeSet<>(scope.streets()));
            }
        }
        return sql.append(" ORDER BY code");
    }

    /** The street and community containing {@code point}; empty when no street does. */
    @Override
    public Optional<Location> locate(Point point) {
        byte[] wkb = Wkb.write(point);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(LOCATE)) {
            ps.setBytes(1, wkb);
            ps.setBytes(2, wkb);
            String street = null;
            String community = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("street".equals(rs.getString("level")) && street == null) {
                        street = rs.getString("code");
                    } else if ("community".equals(rs.getString("level")) && community == null) {
                        community = rs.getString("code");
                    }
                }
            }
            return street == null ? Optional.empty() : Optional.of(new Location(street, community));
        } catch (SQLException e) {
            throw new StoreException("locate failed", e);
        }
    }
}
