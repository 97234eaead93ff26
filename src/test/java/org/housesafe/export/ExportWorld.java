package org.housesafe.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.Building;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestTmp;
import org.housesafe.web.TestApp;

/**
 * A running app over the {@link ExportFixture} buildings, with an API token for a district user
 * (all streets), a street-office user of the west street and a planner (owner data masked).
 */
final class ExportWorld implements AutoCloseable {
    final Database db;
    final TestApp app;
    final String district;
    final String street;
    final String planner;
    final List<Building> buildings = ExportFixture.all().stream().map(r -> r.building()).toList();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ExportWorld(Database db) {
        this.db = db;
        this.app = new TestApp(db);
        app.services.units().insertAll(ExportFixture.units());
        app.services.buildings().store().insertAll(ExportFixture.all());
        district = app.token(app.user("export-district", Role.DISTRICT, Scope.ALL));
        street = app.token(app.user("export-street", Role.STREET_OFFICE, Scope.of(Set.of(ExportFixture.WEST))));
        planner = app.token(app.user("export-planner", Role.PLANNER, Scope.ALL));
    }

    HttpResponse<byte[]> get(String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(app.base() + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Fetches {@code path} as the district user into a file named {@code name} (GDAL reads by extension). */
    Path download(String path, String name) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(district, path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        Path dir = Files.createTempDirectory(TestTmp.dir(), "export-");
        return Files.write(dir.resolve(name), r.body());
    }

    long count(Predicate<Building> which) {
        return buildings.stream().filter(which).count();
    }

    @Override
    public void close() {
        app.close();
        db.close();
    }
}
