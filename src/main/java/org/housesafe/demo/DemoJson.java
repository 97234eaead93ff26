package org.housesafe.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes FeatureCollections with one Feature per line (small diffs), UTF-8, LF, a final
 * newline. Properties are insertion-ordered maps; decimals are BigDecimals written as plain
 * digits and geometry goes through {@link GeoJsonGeometryWriter}, so the bytes depend on
 * neither the JDK's double printing nor a hash order.
 */
final class DemoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .registerModule(new SimpleModule().addSerializer(Geometry.class, new GeometrySerializer()));

    private DemoJson() {
    }

    static void writeCollection(Path file, List<Map<String, Object>> features) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < features.size(); i++) {
            try {
                out.append(MAPPER.writeValueAsString(features.get(i)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("demo feature cannot be written: " + e.getOriginalMessage(), e);
            }
            out.append(i + 1 < features.size() ? ",\n" : "\n");
        }
        out.append("]}\n");
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class GeometrySerializer extends StdSerializer<Geometry> {
        GeometrySerializer() {
            super(Geometry.class);
        }

        @Override
        public void serialize(Geometry value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            GeoJsonGeometryWriter.write(gen, value);
        }
    }
}
