package org.housesafe.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;

/**
 * Generates the buildings of a {@link CityPlan} one at a time, in plan order, and writes any
 * range of them as a GeoJSON FeatureCollection in the shape the bulk import reads with history
 * ({@code gis-data/buildings.geojson}: lifecycle summary, six blocks, events). Nothing but the
 * building being written is held in memory; building {@code k} is the same whatever range it is
 * written in.
 */
final class CityWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One generated building, with its admin units. */
    record House(long index, UUID id, String houseCode, AdminGrid.Unit street, AdminGrid.Unit community,
                 Density density, Footprint footprint, HouseMaker.House blocks, CaseStory story) {
    }

    private final CityPlan plan;
    private final AdminGrid grid;

    CityWriter(CityPlan plan, AdminGrid grid) {
        this.plan = plan;
        this.grid = grid;
    }

    /** Hands the buildings {@code [from, to)} to {@code sink}, in order. */
    void forEach(long from, long to, Consumer<House> sink) {
        Map<String, Integer> serials = new HashMap<>();
        for (CityPlan.Town town : plan.towns) {
            long index = town.firstBuilding();
            for (TownLayout.Block block : town.blocks()) {
                AdminGrid.Unit community = grid.community(town, block);
                if (index + block.houses() <= from) {
                    serials.merge(community.code(), block.houses(), Integer::sum);
                    index += block.houses();
                    continue;
                }
                AdminGrid.Unit street = grid.street(town, block);
                for (int lot = 0; lot < block.houses(); lot++, index++) {
                    int serial = serials.merge(community.code(), 1, Integer::sum);
                    if (index >= to) {
                        return;
                    }
                    if (index >= from) {
                        sink.accept(house(index, town, block, lot, street, community, serial));
                    }
                }
            }
        }
    }

    private House house(long index, CityPlan.Town town, TownLayout.Block block, int lot, AdminGrid.Unit street,
                        AdminGrid.Unit community, int serial) {
        SplittableRandom rng = new SplittableRandom(Seeds.mix(plan.seed, 3, index));
        Footprint f = Footprint.of(town.frame(), block, lot, rng);
        String houseCode = community.code() + String.format(java.util.Locale.ROOT, "-%05d", serial);
        HouseMaker.House blocks = HouseMaker.make(rng, houseCode, street, community, serial, block.density(),
                f.areaM2());
        String inspector = HouseMaker.name(new SplittableRandom(Seeds.mix(plan.seed, 4, community.code().hashCode())));
        String officer = HouseMaker.name(new SplittableRandom(Seeds.mix(plan.seed, 5, street.code().hashCode())));
        CaseStory story = CaseStory.draw(rng, inspector, officer, houseCode, f.areaM2());
        return new House(index, Seeds.buildingId(plan.seed, index), houseCode, street, community, block.density(), f,
                blocks, story);
    }

    /**
     * Writes buildings {@code [from, to)} to {@code file}; {@code progress} hears the count written
     * every 10,000; {@code also}, if given, sees each building too.
     */
    void writeGeoJson(long from, long to, Path file, LongConsumer progress, Consumer<House> also) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            json.writeRaw("{\"type\":\"FeatureCollection\",\"features\":[\n");
            long[] written = {0};
            forEach(from, to, h -> {
                try {
                    if (written[0] > 0) {
                        json.writeRaw(",\n");
                    }
                    feature(json, h);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (also != null) {
                    also.accept(h);
                }
                if (++written[0] % 10_000 == 0) {
                    progress.accept(written[0]);
                }
            });
            json.writeRaw("\n]}\n");
            progress.accept(written[0]);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void feature(JsonGenerator json, House h) throws IOException {
        CaseStory s = h.story();
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", h.id().toString());
        json.writeFieldName("geometry");
        GeoJsonGeometryWriter.write(json, h.footprint().polygon());
        json.writeObjectFieldStart("properties");
        json.writeStringField("houseCode", h.houseCode());
        json.writeStringField("status", s.path.status);
        json.writeStringField("judgement", s.judgement);
        json.writeStringField("grade", s.grade);
        json.writeStringField("deadline", s.deadline == null ? null : s.deadline.toString());
        json.writeStringField("batch", s.batch);
        json.writeObjectField("basic", h.blocks().basic());
        json.writeObjectField("construction", h.blocks().construction());
        json.writeObjectField("management", h.blocks().management());
        json.writeObjectField("survey", s.survey);
        json.writeObjectField("rectification", s.rectification);
        json.writeObjectField("appraisal", s.appraisal);
        json.writeObjectField("events", s.events);
        json.writeEndObject();
        json.writeEndObject();
    }
}
