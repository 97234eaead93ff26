package org.housesafe.ogc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.housesafe.testing.Requirements;

/**
 * GDAL's {@code ogr2ogr} reading our OGC API through its {@code OAPIF:} driver, authenticated as
 * README says (HTTP Basic, any user name, the API token): an independent client of the paging.
 */
final class OgrOapif {
    private static final Path OGR2OGR = Path.of("/usr/bin/ogr2ogr");

    private OgrOapif() {
    }

    static void require() {
        Requirements.require("GDAL's ogr2ogr (" + OGR2OGR + ")", Files.isExecutable(OGR2OGR), "apt-get install gdal-bin");
    }

    /**
     * Copies collection {@code layer} of the service at {@code base} into a GeoJSON file, pages of
     * {@code pageSize}, and returns the file.
     */
    static Path copy(String base, String token, String layer, int pageSize, Path dir, String... options)
            throws IOException, InterruptedException {
        Path out = dir.resolve(layer + "-" + pageSize + "-" + System.nanoTime() + ".geojson");
        List<String> command = new ArrayList<>(List.of(OGR2OGR.toString(), "-f", "GeoJSON", "-oo", "PAGE_SIZE=" + pageSize));
        command.addAll(List.of(options));
        command.addAll(List.of(out.toString(), "OAPIF:" + base + "/ogc", layer));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(java.util.Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "x:" + token));
        List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
                .forEach(builder.environment()::remove);
        Process p = builder.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("ogr2ogr " + command + " failed:\n" + log);
        }
        return out;
    }
}
