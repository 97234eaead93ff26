package org.housesafe.importer;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Caller;
import org.housesafe.account.Role;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.LimitedInputStream;
import org.housesafe.platform.web.MultipartParts;

/**
 * {@code POST /api/imports} (admin): a GeoJSON FeatureCollection as the raw body
 * ({@code application/geo+json} or {@code application/json}, file name in {@code ?name=}) or as
 * the multipart part {@code file}. 201 with the import's id and counts; 422 listing every error
 * (the first {@link BulkImport#MAX_ERRORS_LISTED} as {@code errors: [{index, field, message}]},
 * all counted in {@code errorCount}); 400 when the body is no FeatureCollection at all; 413 over
 * the size limit, checked from Content-Length first and again while reading.
 */
public final class ImportRoutes {
    private static final String PART = "file";

    private final BulkImport importer;
    private final long maxBytes;

    public ImportRoutes(BulkImport importer, long maxBytes) {
        this.importer = importer;
        this.maxBytes = maxBytes;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/api/imports", this::upload, Role.ADMIN);
    }

    private void upload(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        if (ctx.contentLength() > maxBytes + (ctx.isMultipartFormData() ? 64 * 1024 : 0)) {
            throw tooLarge();
        }
        String name;
        ImportResult r;
        if (ctx.isMultipartFormData()) {
            UploadedFile file = filePart(ctx);
            name = file.filename();
            try (InputStream in = file.content()) {
                r = run(in, name, caller);
            }
        } else if (isGeoJson(ctx.contentType())) {
            name = ctx.queryParam("name");
            r = run(ctx.bodyInputStream(), name == null ? "upload.geojson" : name, caller);
        } else {
            throw new ApiException(415, "unsupported-media-type", "Unsupported media type",
                    "Send the GeoJSON as application/geo+json, or as multipart/form-data with a part named \""
                            + PART + "\"", List.of(), Map.of());
        }
        if (!r.ok()) {
            throw refused(r);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("importId", r.importId().toString());
        body.put("fileName", name);
        body.put("features", r.features());
        body.put("sha256", r.sha256());
        body.put("startedAt", r.startedAt().toString());
        body.put("finishedAt", r.finishedAt().toString());
        body.put("featuresPerSecond", Math.round(r.featuresPerSecond()));
        ctx.status(201).json(body);
    }

    private ImportResult run(InputStream in, String name, Caller caller) throws IOException {
        try {
            return importer.run(new LimitedInputStream(in, maxBytes),
                    new ImportOptions(name, caller.username(), caller.role().code(), false), ProgressListener.NONE);
        } catch (LimitedInputStream.LimitExceeded e) {
            throw tooLarge();
        }
    }

    /** 400 when the body could not be read as a FeatureCollection at all, else 422 with every error. */
    private static ApiException refused(ImportResult r) {
        boolean unreadable = r.errors().size() == 1 && r.errors().get(0).index() < 0 && r.features() == 0
                && r.errors().get(0).field().isEmpty();
        List<Map<String, Object>> errors = r.errors().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", e.index() < 0 ? null : e.index());
            m.put("field", e.field());
            m.put("message", e.message());
            return m;
        }).toList();
        String detail = r.errors().isEmpty() ? "The import was refused"
                : r.errors().get(0) + (r.errorCount() > 1 ? " (and " + (r.errorCount() - 1) + " more)" : "");
        return new ApiException(unreadable ? 400 : 422, unreadable ? "unreadable-import" : "invalid-import",
                unreadable ? "Not a GeoJSON FeatureCollection" : "Invalid import: nothing was imported", detail,
                List.of(), Map.of("errors", errors, "errorCount", r.errorCount(), "features", r.features()));
    }

    private UploadedFile filePart(Context ctx) {
        List<UploadedFile> files = MultipartParts.files(ctx, PART, maxBytes, maxBytes + 64 * 1024, 1 << 20,
                this::tooLarge);
        if (files.size() != 1) {
            throw ApiException.invalid("missing-file", "One GeoJSON file per upload", PART,
                    "send exactly one file in a multipart part named \"" + PART + "\"");
        }
        return files.get(0);
    }

    private ApiException tooLarge() {
        return new ApiException(413, "body-too-large", "Import too large",
                "An import may hold at most " + maxBytes + " bytes (HOUSESAFE_IMPORT_MAX_MB)", List.of(), Map.of());
    }

    private static boolean isGeoJson(String contentType) {
        String base = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return base.equals("application/geo+json") || base.equals("application/json");
    }
}
