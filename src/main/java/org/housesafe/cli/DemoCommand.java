package org.housesafe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.housesafe.demo.DemoGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Regenerates the demo data set, byte for byte, from its fixed seed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write the deterministic demo data (streets, communities, buildings with histories) as GeoJSON.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", description = "output directory (default gis-data)", defaultValue = "gis-data")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        DemoGenerator.writeTo(out);
        System.out.println("wrote streets.geojson, communities.geojson and buildings.geojson to " + out.toAbsolutePath());
        return 0;
    }
}
