package org.housesafe.tile;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Tiles over HTTP as bytes, and decoded by the library's own reader. */
public final class TileHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One feature of the {@code buildings} layer: its geometry in tile units and its properties. */
    public record Feature(Geometry geometry, Map<String, Object> properties) {
        public Object get(String name) {
            return properties.get(name);
        }
    }

    private TileHttp() {
    }

    /** GET {@code base + path} with a token (or none) and an If-None-Match (or none). */
    public static HttpResponse<byte[]> get(String base, String token, String path, String ifNoneMatch)
            throws IOException, InterruptedException {
        return get(base, token, path, ifNoneMatch, null);
    }

    /** As {@link #get(String, String, String, String)} with an Accept-Encoding (or none); the body is as sent. */
    public static HttpResponse<byte[]> get(String base, String token, String path, String ifNoneMatch,
                                           String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (ifNoneMatch != null) {
            r.header("If-None-Match", ifNoneMatch);
        }
        if (acceptEncoding != null) {
            r.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The features of the {@code buildings} layer; none for an empty tile. */
    public static List<Feature> decode(byte[] tile) throws IOException {
        var mvt = MvtReader.loadMvt(new ByteArrayInputStream(tile), new GeometryFactory(), new TagKeyValueMapConverter());
        List<Feature> out = new ArrayList<>();
        for (JtsLayer layer : mvt.getLayers()) {
            if (!layer.getName().equals("buildings") || layer.getExtent() != Tile.EXTENT) {
                throw new AssertionError("unexpected layer " + layer.getName() + " of extent " + layer.getExtent());
            }
            for (Geometry g : layer.getGeometries()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) g.getUserData();
                out.add(new Feature(g, p));
            }
        }
        return out;
    }

    /** The tile at zoom {@code z} that holds a point. */
    public static Tile at(double lon, double lat, int z) {
        return new Tile(z, Tile.column(z, Tile.mercatorX(lon)), Tile.row(z, Tile.mercatorY(lat)));
    }

    public static String path(Tile t) {
        return "/tiles/buildings/" + t + ".mvt";
    }
}
