package org.housesafe.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.housesafe.building.Building;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/ledger} on the backend a subclass opens: pages that add up to the ledger in the
 * chosen order, counts checked against the fixture counted in Java, the same rows as the Excel
 * export of the same parameters, and bad parameters refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerPageContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    ExportWorld world;
    LocalDate today;

    /** A freshly migrated, empty database of the backend under test. */
    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        world = new ExportWorld(openDatabase());
        today = world.app.services.buildings().today();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    private JsonNode page(String token, String query) throws Exception {
        HttpResponse<byte[]> r = world.get(token, "/api/ledger?" + query);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private List<Building> westLedger() {
        return world.buildings.stream()
                .filter(b -> b.streetCode().equals(ExportFixture.WEST) && ExportFixture.onLedger(b)).toList();
    }

    @Test
    void pages_of_seven_add_up_to_the_whole_ledger_in_deadline_order() throws Exception {
        List<String> codes = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        JsonNode page;
        int offset = 0;
        do {
            page = page(world.street, "sort=deadline&order=desc&limit=7&offset=" + offset);
            page.get("rows").forEach(r -> {
                numbers.add(r.get("cells").get(0).asLong());
                codes.add(r.get("cells").get(3).asText());
            });
            offset += 7;
        } while (page.get("rows").size() == 7);
        List<Building> expected = westLedger().stream().sorted(Comparator
                .comparing(Building::deadline, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(b -> b.id().toString())).toList();
        assertThat(page.get("numberMatched").asLong()).isEqualTo(expected.size()).isGreaterThan(20);
        assertThat(codes).containsExactlyElementsOf(expected.stream().map(Building::houseCode).toList());
        assertThat(numbers).isEqualTo(java.util.stream.LongStream.rangeClosed(1, expected.size()).boxed().toList());
    }

    @Test
    void the_counts_match_the_fixture_counted_another_way() throws Exception {
        JsonNode counts = page(world.street, "limit=1").get("counts");
        List<Building> ledger = westLedger();
        assertThat(counts.get("total").asLong()).isEqualTo(ledger.size());
        assertThat(counts.get("overdue").asLong())
                .isEqualTo(ledger.stream().filter(b -> b.deadline() != null && b.deadline().isBefore(today)).count())
                .isPositive();
        assertThat(counts.get("serious").asLong())
                .isEqualTo(ledger.stream().filter(b -> b.judgement() == Judgement.SERIOUS).count()).isPositive();
        JsonNode overdue = page(world.street, "overdue=true&limit=500");
        assertThat(overdue.get("rows")).hasSize(counts.get("overdue").asInt())
                .allSatisfy(r -> assertThat(r.get("overdue").asBoolean()).isTrue());
    }

    @Test
    void the_excel_export_of_the_same_parameters_has_the_rows_of_the_pages_in_order() throws Exception {
        String query = "sort=floors&order=asc&hazardType=" + URLEncoder.encode("foundation_settlement", StandardCharsets.UTF_8);
        JsonNode page = page(world.district, query + "&limit=500");
        List<String> shown = new ArrayList<>();
        page.get("rows").forEach(r -> shown.add(r.get("cells").get(3).asText()));
        assertThat(shown).isNotEmpty();
        HttpResponse<byte[]> xlsx = world.get(world.district, "/api/export/ledger.xlsx?" + query);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.subList(2, rows.size()).stream().map(r -> r.getCellText(3)).toList())
                    .containsExactlyElementsOf(shown);
            assertThat(rows.get(0).getCellText(0)).isEqualTo(page.get("title").asText());
        }
    }

    @Test
    void columns_come_with_headers_and_which_of_them_sort() throws Exception {
        JsonNode columns = page(world.district, "limit=1").get("columns");
        List<String> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(c.get("header").asText()));
        assertThat(headers).isEqualTo(LedgerExportContract.HEADERS);
        assertThat(columns.get(3).get("key").asText()).isEqualTo("houseCode");
        assertThat(columns.get(3).get("sortable").asBoolean()).isTrue();
        assertThat(columns.get(5).get("sortable").asBoolean()).isFalse();
    }

    @Test
    void a_planner_reads_the_ledger_with_owners_masked() throws Exception {
        JsonNode rows = page(world.planner, "street=" + ExportFixture.WEST + "&limit=500").get("rows");
        List<String> owners = new ArrayList<>();
        rows.forEach(r -> owners.add(r.get("cells").get(5).asText()));
        assertThat(owners).contains("王*国").doesNotContain(ExportFixture.OWNER);
    }

    @Test
    void bad_parameters_and_other_streets_are_refused() throws Exception {
        for (String query : List.of("sort=owner", "sort=1%3Bdrop%20table%20building", "order=up", "limit=0",
                "limit=501", "offset=-1", "offset=x", "limit=5&limit=6", "crs=EPSG:4326")) {
            assertThat(world.get(world.district, "/api/ledger?" + query).statusCode()).as(query).isEqualTo(400);
        }
        assertThat(world.get(world.street, "/api/ledger?street=" + ExportFixture.EAST).statusCode()).isEqualTo(403);
        assertThat(world.get(null, "/api/ledger").statusCode()).isEqualTo(401);
        assertThat(world.buildings).hasSize(ExportFixture.COUNT);
    }

    @Test
    void flagged_photos_are_counted_on_each_row_and_photo_flags_lists_only_those_buildings() throws Exception {
        List<Building> ledger = westLedger();
        Building flagged = ledger.get(0);
        Building clean = ledger.get(1);
        UUID uploader = world.app.services.accounts().byName("export-street").orElseThrow().id();
        photo(flagged, uploader, 1, "far-from-footprint,taken-before-order");
        photo(flagged, uploader, 1, "no-position");
        photo(flagged, uploader, 1, "");
        photo(clean, uploader, 1, "");
        photo(clean, uploader, null, null);
        int column = LedgerExportContract.HEADERS.indexOf("照片存疑");

        JsonNode only = page(world.street, "photoFlags=true&limit=500");
        assertThat(only.get("numberMatched").asLong()).isEqualTo(1);
        assertThat(only.get("counts").get("total").asLong()).isEqualTo(1);
        assertThat(only.get("rows")).hasSize(1);
        assertThat(only.get("rows").get(0).get("id").asText()).isEqualTo(flagged.id().toString());
        assertThat(only.get("rows").get(0).get("cells").get(column).asInt()).isEqualTo(2);
        assertThat(page(world.street, "photoFlags=false&limit=1").get("numberMatched").asLong())
                .isEqualTo(ledger.size() - 1);
        JsonNode all = page(world.street, "limit=500");
        all.get("rows").forEach(r -> assertThat(r.get("cells").get(column).asInt())
                .as(r.get("id").asText()).isEqualTo(r.get("id").asText().equals(flagged.id().toString()) ? 2 : 0));

        HttpResponse<byte[]> xlsx = world.get(world.street, "/api/export/ledger.xlsx?photoFlags=true");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(2).getCellText(3)).isEqualTo(flagged.houseCode());
            assertThat(rows.get(2).getCellAsNumber(column)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(2));
        }
        String csv = new String(world.get(world.street, "/api/export/ledger.csv?photoFlags=true").body(),
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2);
        for (String bad : List.of("photoFlags=yes", "photoFlags=true&photoFlags=false")) {
            assertThat(world.get(world.street, "/api/ledger?" + bad).statusCode()).as(bad).isEqualTo(400);
            assertThat(world.get(world.street, "/api/export/ledger.csv?" + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    /** A photo row as the evidence check leaves it: {@code flags} null while not checked, '' when clean. */
    private void photo(Building b, UUID uploader, Integer eventSeq, String flags) {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        new Jdbc(world.db).update("INSERT INTO photo (id, building_id, event_seq, uploaded_by, uploaded_at, content,"
                + " thumbnail, width, height, evidence_flags) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?)", UUID.randomUUID(),
                b.id(), eventSeq, uploader, java.time.Instant.now(), jpeg, jpeg, flags);
    }
}
