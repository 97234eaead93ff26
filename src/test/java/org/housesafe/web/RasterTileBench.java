package org.housesafe.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What server-rendered raster tiles would cost against the vector tiles the map draws itself
 * (issue #6 point 3, BENCHMARKS.md "Map rendering"): on a running service, fetches the 3×3 vector
 * tiles around a dense place at zooms 12–16 (the tiles MapRenderBench's micro table decodes and
 * draws in the browser), decodes them, rasterizes each with Java2D as the map's canvas draws it
 * ({@link TileRasterizer}) at 256 and 512 pixels, and encodes a PNG with ImageIO. Prints per zoom
 * the rasterize and encode times (one thread) and the PNG size against the MVT size, plain and
 * as gzip on the wire. The SQL render of a tile is the same for both kinds and is not timed.
 * Not a test (no *Test/*IT name): a program, with arguments {@code BASE USER PASSWORD LON LAT [REPS]}.
 */
public final class RasterTileBench {
    private static final int WARMUP_REPS = 5;

    private RasterTileBench() {
    }

    /** One fetched tile: bytes on the wire, the MVT itself, its decoded layer (null when empty). */
    private record Fetched(int wireBytes, byte[] mvt, JtsLayer layer) {
        int features() {
            return layer == null ? 0 : layer.getGeometries().size();
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        double lon = Double.parseDouble(args[3]);
        double lat = Double.parseDouble(args[4]);
        int reps = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(http, base, args[1], args[2]);
        System.out.println("| zoom | px | tiles | features p50 / max | MVT KB p50 / max | MVT gzip KB p50 / max | PNG KB p50 / max"
                + " | rasterize ms p50 / p95 | PNG encode ms p50 / p95 | raster total ms p50 / p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int zoom = 12; zoom <= 16; zoom++) {
            List<Fetched> tiles = fetchAround(http, base, zoom, lon, lat);
            for (int ratio : new int[] {1, 2}) {
                System.out.println(row(zoom, ratio, tiles, reps));
            }
        }
    }

    private static String row(int zoom, int ratio, List<Fetched> tiles, int reps) throws IOException {
        for (int rep = 0; rep < WARMUP_REPS; rep++) {
            for (Fetched t : tiles) {
                png(TileRasterizer.draw(t.layer(), ratio));
            }
        }
        List<Double> draw = new ArrayList<>();
        List<Double> encode = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        List<Double> pngKb = new ArrayList<>();
        for (int rep = 0; rep < reps; rep++) {
            for (Fetched t : tiles) {
                long t0 = System.nanoTime();
                BufferedImage image = TileRasterizer.draw(t.layer(), ratio);
                long t1 = System.nanoTime();
                byte[] png = png(image);
                long t2 = System.nanoTime();
                draw.add((t1 - t0) / 1e6);
                encode.add((t2 - t1) / 1e6);
                total.add((t2 - t0) / 1e6);
                if (rep == 0) {
                    pngKb.add(png.length / 1024.0);
                }
            }
        }
        return String.join(" | ", List.of("", String.valueOf(zoom), String.valueOf(TileRasterizer.TILE_CSS_PX * ratio),
                String.valueOf(tiles.size()),
                String.format(Locale.ROOT, "%.0f / %.0f", pct(tiles, Fetched::features, 0.5), pct(tiles, Fetched::features, 1)),
                pair(pct(tiles, t -> t.mvt().length / 1024.0, 0.5), pct(tiles, t -> t.mvt().length / 1024.0, 1)),
                pair(pct(tiles, t -> t.wireBytes() / 1024.0, 0.5), pct(tiles, t -> t.wireBytes() / 1024.0, 1)),
                pair(pct(pngKb, 0.5), pct(pngKb, 1)), pair(pct(draw, 0.5), pct(draw, 0.95)),
                pair(pct(encode, 0.5), pct(encode, 0.95)), pair(pct(total, 0.5), pct(total, 0.95)), "")).trim();
    }

    private static void signIn(HttpClient http, String base, String user, String password) throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("username", user, "password", password));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("sign-in refused: " + r.statusCode() + " " + r.body());
        }
    }

    /** The 3×3 tiles of zoom around (lon, lat), as micro.js fetches them, asking for gzip as a browser does. */
    private static List<Fetched> fetchAround(HttpClient http, String base, int zoom, double lon, double lat) throws Exception {
        double n = 1 << zoom;
        int cx = (int) Math.floor((lon + 180) / 360 * n);
        double phi = Math.toRadians(lat);
        int cy = (int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n);
        List<Fetched> tiles = new ArrayList<>();
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                URI uri = URI.create(base + "/tiles/buildings/" + zoom + "/" + (cx + dx) + "/" + (cy + dy) + ".mvt");
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + r.statusCode());
                }
                boolean gzip = r.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
                byte[] mvt = gzip ? new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes() : r.body();
                JtsLayer layer = MvtReader.loadMvt(new ByteArrayInputStream(mvt), new GeometryFactory(),
                        new TagKeyValueMapConverter(), MvtReader.RING_CLASSIFIER_V2_1).getLayer("buildings");
                tiles.add(new Fetched(r.body().length, mvt, layer));
            }
        }
        return tiles;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static <T> double pct(List<T> items, ToDoubleFunction<T> value, double p) {
        return pct(items.stream().map(value::applyAsDouble).toList(), p);
    }

    /** As the page scripts do: the value at floor(p × n) of the sorted values (p = 1: the largest). */
    private static double pct(List<Double> values, double p) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s[Math.min(s.length - 1, (int) Math.floor(p * s.length))];
    }

    private static String pair(double a, double b) {
        return String.format(Locale.ROOT, "%.1f / %.1f", a, b);
    }
}
