package org.housesafe.export;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Caller;
import org.housesafe.account.Role;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.building.BuildingService;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.JsonStream;

/**
 * HTTP in and out for exports: the buildings of a filter as GeoJSON or GeoJSON text sequences,
 * the hazard ledger of a filter as Excel or CSV, and the ledger page by page
 * ({@code GET /api/ledger}, the street offices' and the district's page). Every signed-in role
 * may read and export them, always within its streets, owner names masked for the roles that
 * mask them. Exports are not paged and never held whole: rows stream from the database into
 * the response.
 */
public final class ExportRoutes {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=utf-8";
    static final String GEOJSON = "application/geo+json";
    static final String GEOJSON_SEQ = "application/geo+json-seq";

    /** Opens a ledger writer on a response body. */
    @FunctionalInterface
    private interface SheetFactory {
        LedgerSheet open(OutputStream out, LocalDate today);
    }

    private final ExportStore store;
    private final LedgerPage ledgerPage;
    private final BuildingService buildings;
    private final AdminUnitStore units;
    private final BuildingQueryParser parser;

    public ExportRoutes(Database db, BuildingService buildings, AdminUnitStore units, BuildingQueryParser parser) {
        this.store = new ExportStore(db);
        this.ledgerPage = new LedgerPage(store, units);
        this.buildings = buildings;
        this.units = units;
        this.parser = parser;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/export/buildings.geojson", this::geojson, Role.ANY);
        config.routes.get("/api/export/buildings.geojsonl", this::geojsonSeq, Role.ANY);
        config.routes.get("/api/export/ledger.xlsx", ctx -> ledger(ctx, "xlsx", XLSX, XlsxLedger::new), Role.ANY);
        config.routes.get("/api/export/ledger.csv", ctx -> ledger(ctx, "csv", CSV, CsvLedger::new), Role.ANY);
        config.routes.get("/api/ledger", this::ledgerPage, Role.ANY);
    }

    private void ledgerPage(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        BuildingFilter filter = filter(ctx, caller, LedgerPage.PARAMETERS.toArray(String[]::new));
        ledgerPage.send(ctx, caller, LedgerFilter.of(filter, ctx.queryParamMap()), buildings.today());
    }

    private void geojson(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        ExportCrs crs = ExportCrs.parse(crsParameter(ctx));
        BuildingFilter filter = filter(ctx, caller, "crs");
        long matched = buildings.store().count(filter);
        LocalDate today = buildings.today();
        attachment(ctx, filter, caller, today, crs, "geojson");
        JsonStream.send(ctx, GEOJSON, json -> {
            GeoJsonExport out = new GeoJsonExport(json, crs, today);
            out.startCollection(matched);
            store.features(filter, caller.masked(), out::collectionFeature);
            out.endCollection();
        });
    }

    private void geojsonSeq(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        ExportCrs crs = ExportCrs.parse(crsParameter(ctx));
        if (!crs.fitsSequence()) {
            throw ApiException.badParameter("crs", crs.id() + " cannot be declared in a GeoJSON text sequence, "
                    + "which GIS tools read as WGS 84: export buildings.geojson for " + crs.id());
        }
        BuildingFilter filter = filter(ctx, caller, "crs");
        LocalDate today = buildings.today();
        attachment(ctx, filter, caller, today, crs, "geojsonl");
        JsonStream.send(ctx, GEOJSON_SEQ, json -> {
            GeoJsonExport out = new GeoJsonExport(json, crs, today);
            out.startSequence();
            store.features(filter, caller.masked(), out::sequenceFeature);
        });
    }

    private void ledger(Context ctx, String extension, String contentType, SheetFactory sheets) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        BuildingFilter buildingFilter = filter(ctx, caller, "sort", "order", LedgerFilter.PHOTO_FLAGS);
        LedgerFilter filter = LedgerFilter.of(buildingFilter, ctx.queryParamMap());
        LedgerSort sort = LedgerSort.parse(ctx.queryParamMap());
        LocalDate today = buildings.today();
        ExportArea area = ExportArea.of(buildingFilter, caller.scope(), units);
        String title = LedgerColumns.title(area, today, store.ledgerCounts(filter, today).total());
        ctx.header("Content-Disposition", area.contentDisposition("隐患台账", "ledger", today, extension));
        ctx.contentType(contentType);
        OutputStream body = ctx.outputStream();
        LedgerSheet sheet = sheets.open(body, today);
        sheet.start(title);
        long[] number = {0};
        store.ledger(filter, sort, caller.masked(), row -> sheet.row(++number[0], row));
        sheet.finish();
        body.close();
    }

    private void attachment(Context ctx, BuildingFilter filter, Caller caller, LocalDate today, ExportCrs crs,
                            String extension) {
        ExportArea area = ExportArea.of(filter, caller.scope(), units);
        ctx.header("Content-Disposition", area.contentDisposition("房屋", "buildings", today,
                new String[] {crs.fileTag(), crs.asciiFileTag()}, extension));
    }

    /**
     * The common filter, parsed as for {@code GET /api/buildings} but without {@code limit} and
     * {@code after} (an export is never paged: those are unknown parameters here), plus this
     * route's {@code own} parameters, which it reads itself.
     */
    private BuildingFilter filter(Context ctx, Caller caller, String... own) {
        return parser.filter(ctx.queryParamMap(), caller.scope(), buildings.today(), Set.of(own));
    }

    private static String crsParameter(Context ctx) {
        List<String> values = ctx.queryParams("crs");
        if (values.size() > 1) {
            throw ApiException.badParameter("crs", "given more than once");
        }
        return values.isEmpty() ? null : values.get(0);
    }
}
