package org.housesafe.photo;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Caller;
import org.housesafe.account.Role;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.MultipartParts;

/**
 * HTTP in and out for photos; the rules live in {@link PhotoService}. An upload is
 * multipart/form-data with one part named {@code file}; this route sets its own multipart
 * limits and keeps parts in memory, so no temporary file is ever left behind.
 */
public final class PhotoRoutes {
    /** Field-work roles and appraisers, whose reports need pictures. */
    static final Role[] UPLOADERS = {Role.INSPECTOR, Role.STREET_OFFICE, Role.DISTRICT, Role.APPRAISER};
    static final long MAX_REQUEST_BYTES = PhotoIntake.MAX_BYTES + 1024L * 1024;
    private static final String PART = "file";

    private final PhotoService service;

    public PhotoRoutes(PhotoService service) {
        this.service = service;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/api/buildings/{id}/photos", this::upload, UPLOADERS);
        config.routes.get("/api/buildings/{id}/photos", this::list, Role.ANY);
        config.routes.get("/api/photos/{id}", ctx -> sendImage(ctx, PhotoStore.Variant.FULL), Role.ANY);
        config.routes.get("/api/photos/{id}/thumbnail", ctx -> sendImage(ctx, PhotoStore.Variant.THUMBNAIL), Role.ANY);
    }

    private void upload(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        UUID buildingId = id(ctx, "building");
        service.requireBuilding(buildingId, caller.scope());
        UploadedFile file = filePart(ctx);
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes(PhotoIntake.MAX_BYTES + 1);
        }
        Photo photo = service.upload(buildingId, bytes, file.filename(), caller);
        ctx.status(201).header("Location", photo.url()).json(json(photo));
    }

    private static UploadedFile filePart(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported media type",
                    "Send the photo as multipart/form-data with a part named \"" + PART + "\"", List.of(), Map.of());
        }
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_REQUEST_BYTES) {
            throw PhotoIntake.tooLarge();
        }
        List<UploadedFile> files = MultipartParts.files(ctx, PART, PhotoIntake.MAX_BYTES, MAX_REQUEST_BYTES,
                (int) MAX_REQUEST_BYTES, PhotoIntake::tooLarge);
        if (files.isEmpty()) {
            throw ApiException.invalid("missing-file", "No photo in the upload", PART,
                    "send the photo in a multipart part named \"" + PART + "\"");
        }
        if (files.size() > 1) {
            throw ApiException.invalid("too-many-files", "One photo per upload", PART, "send one file per request");
        }
        return files.get(0);
    }

    private void list(Context ctx) {
        UUID buildingId = id(ctx, "building");
        List<Map<String, Object>> photos = new ArrayList<>();
        for (Photo p : service.list(buildingId, AccessControl.caller(ctx).scope())) {
            photos.add(json(p));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("buildingId", buildingId.toString());
        body.put("photos", photos);
        ctx.json(body);
    }

    private void sendImage(Context ctx, PhotoStore.Variant variant) {
        UUID photoId = id(ctx, "photo");
        byte[] jpeg = service.image(photoId, AccessControl.caller(ctx).scope(), variant);
        String suffix = variant == PhotoStore.Variant.THUMBNAIL ? "-thumbnail" : "";
        ctx.contentType("image/jpeg");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition", "inline; filename=\"photo-" + photoId + suffix + ".jpg\"");
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.result(jpeg);
    }

    /**
     * The answer for one photo; times as ISO-8601 text whatever the JSON mapper's settings.
     * {@code checked} says whether it was checked as evidence ({@link EvidenceCheck}: when an
     * event claimed it); {@code flags} is what that found, always an array (empty until checked),
     * and {@code distanceMeters} its distance from the footprint (null until checked or without
     * a position).
     */
    static Map<String, Object> json(Photo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().toString());
        m.put("buildingId", p.buildingId().toString());
        m.put("eventSeq", p.eventSeq());
        m.put("width", p.width());
        m.put("height", p.height());
        m.put("takenAt", p.takenAt() == null ? null : p.takenAt().toString());
        m.put("lon", p.lon());
        m.put("lat", p.lat());
        m.put("uploadedAt", p.uploadedAt().toString());
        m.put("originalName", p.originalName());
        m.put("checked", p.flags() != null);
        m.put("flags", p.flags() == null ? List.of() : p.flags());
        m.put("distanceMeters", p.distanceMeters() == null ? null : Math.round(p.distanceMeters() * 10) / 10.0);
        m.put("url", p.url());
        m.put("thumbnailUrl", p.thumbnailUrl());
        return m;
    }

    private static UUID id(Context ctx, String what) {
        String value = ctx.pathParam("id");
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the same answer as a wrong length
        }
        throw ApiException.badParameter("id", "must be a " + what + " id (UUID)");
    }
}
