package org.housesafe.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.housesafe.building.Building;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ledger exports (Excel and CSV) over HTTP, on the backend a subclass opens, read back by
 * fastexcel's reader, by the raw XML, and by GDAL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerExportContract {
    static final List<String> HEADERS = List.of("序号", "街道", "社区/村", "房屋编码", "地址", "产权人", "结构", "层数",
            "建筑面积", "建成年代", "用途", "初判", "隐患类型", "鉴定等级", "整治措施", "责任人", "时限", "完成日期", "是否销号", "备注",
            "照片存疑");
    static final String WEST = "?street=" + ExportFixture.WEST;

    ExportWorld world;
    long expected;

    /** A freshly migrated, empty database of the backend under test. */
    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        world = new ExportWorld(openDatabase());
        expected = world.count(LedgerExportContract::westLedger);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    private static boolean westLedger(Building b) {
        return b.streetCode().equals(ExportFixture.WEST) && ExportFixture.onLedger(b);
    }

    private byte[] body(String token, String path) throws Exception {
        HttpResponse<byte[]> r = world.get(token, path);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r.body();
    }

    private List<Row> rows(byte[] xlsx) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo(XlsxLedger.SHEET);
            return wb.getFirstSheet().read();
        }
    }

    @Test
    void the_excel_ledger_has_a_title_the_headers_and_one_numbered_row_per_ledger_building() throws Exception {
        List<Row> rows = rows(body(world.district, "/api/export/ledger.xlsx" + WEST));
        String today = world.app.services.buildings().today().toString();
        assertThat(rows.get(0).getCellText(0)).isEqualTo("华兴街道房屋安全隐患台账（" + today + "，共 " + expected + " 栋）");
        assertThat(rows.get(1).stream().map(c -> c.getText()).toList()).isEqualTo(HEADERS);
        assertThat(expected).isGreaterThan(20).isLessThan(ExportFixture.COUNT / 2);
        assertThat(rows).hasSize((int) expected + 2);
        for (int i = 2; i < rows.size(); i++) {
            int number = i - 1;
            assertThat(rows.get(i).getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(number));
        }
    }

    @Test
    void a_known_building_reads_back_with_labels_numbers_and_real_dates() throws Exception {
        Row row = rows(body(world.district, "/api/export/ledger.xlsx" + WEST)).stream()
                .filter(r -> r.getCellText(3).equals(ExportFixture.houseCode(10))).findFirst().orElseThrow();
        assertThat(Arrays.asList(row.getCellText(1), row.getCellText(2), row.getCellText(4), row.getCellText(5),
                row.getCellText(6), row.getCellText(9), row.getCellText(10), row.getCellText(11), row.getCellText(12),
                row.getCellText(13), row.getCellText(14), row.getCellText(15), row.getCellText(18), row.getCellText(19)))
                .containsExactly("华兴街道", "西南社区", "华兴街道10号", ExportFixture.OWNER, "钢结构", "2011—2015年",
                        "自住兼经营", "存在一定安全隐患", "地基沉降、经营/消防", "C级（局部危房）", "停止使用、维修加固",
                        ExportFixture.RESPONSIBLE, "否", "待排查；空置");
        assertThat(row.getCellAsNumber(7)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(1));
        assertThat(row.getCellAsNumber(8)).hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(110.0));
        assertThat(row.getCell(17).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(row.getCellAsDate(17)).hasValue(LocalDateTime.of(2022, 8, 15, 0, 0));
        assertThat(row.getCellText(16)).isEmpty();
    }

    @Test
    void the_sheet_sets_column_widths_and_merges_the_title_row() throws Exception {
        String sheet = sheetXml(world.download("/api/export/ledger.xlsx" + WEST, "ledger.xlsx"));
        assertThat(sheet).contains("<mergeCell ref=\"A1:U1\"/>");
        assertThat(sheet).contains("<col min=\"5\" max=\"5\" width=\"40.0\"");
    }

    /** The worksheet's XML, through the zip's central directory (the streamed entries carry no sizes up front). */
    private static String sheetXml(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_csv_ledger_has_a_bom_the_headers_and_safe_cells() throws Exception {
        String csv = new String(body(world.district, "/api/export/ledger.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + String.join(",", HEADERS) + "\r\n");
        assertThat(csv.split("\r\n")).hasSize((int) world.count(ExportFixture::onLedger) + 1);
        assertThat(csv).contains(",\"'" + ExportFixture.FORMULA_ADDRESS + "\",");
    }

    @Test
    void a_planner_may_export_the_ledger_with_owners_masked() throws Exception {
        String csv = new String(body(world.planner, "/api/export/ledger.csv" + WEST), StandardCharsets.UTF_8);
        assertThat(csv).contains(",王*国,").doesNotContain(ExportFixture.OWNER);
    }

    @Test
    void the_ledger_takes_the_filter_but_no_coordinate_system() throws Exception {
        HttpResponse<byte[]> r = world.get(world.district, "/api/export/ledger.xlsx?crs=GCJ-02");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("crs");
        assertThat(world.get(world.district, "/api/export/ledger.csv?grade=E").statusCode()).isEqualTo(400);
    }

    @Test
    void gdal_reads_the_csv_and_the_excel_ledger_with_every_row() throws Exception {
        Ogr.require();
        Path csv = world.download("/api/export/ledger.csv" + WEST, "ledger.csv");
        assertThat(Ogr.featureCount(csv)).isEqualTo(expected);
        if (Ogr.hasDriver("XLSX")) {
            Path xlsx = world.download("/api/export/ledger.xlsx" + WEST, "ledger.xlsx");
            // GDAL reads a sheet as one table, so the title row and the header row under it come
            // out as two more rows; the data rows are those with a street and a 序号.
            assertThat(Ogr.featureCount(xlsx)).isEqualTo(expected + 2);
            assertThat(Ogr.featureCount(xlsx, "-where", "Field2 IS NOT NULL AND Field1 <> '序号'")).isEqualTo(expected);
        }
    }
}
