package org.housesafe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The service end to end over HTTP, as a client sees it: each call sends one request with an API
 * token and reads the whole answer, counting bytes (and, for a GeoJSON download, features as
 * they stream past). Anything but the expected status is an error naming the status and the
 * start of the answer.
 */
final class ServiceCalls {
    private static final byte[] FEATURE = "{\"type\":\"Feature\",".getBytes(StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String reader;
    private final String writer;

    ServiceCalls(String base, String readerToken, String writerToken) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.reader = readerToken;
        this.writer = writerToken;
    }

    /**
     * GETs {@code path} as the reader; {@code countFeatures} counts GeoJSON Features in the body.
     * 204 (an empty tile) counts as an answer of no bytes.
     */
    Measure.Outcome get(String path, boolean countFeatures) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + reader).GET().build();
        HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (r.statusCode() != 200 && r.statusCode() != 204) {
                throw failure(r.statusCode(), in);
            }
            return countFeatures ? features(in)
                    : new Measure.Outcome(in.transferTo(OutputStream.nullOutputStream()), 1);
        }
    }

    /** A lifecycle action as the writer, on the version last seen; 200 expected. */
    Measure.Outcome act(UUID building, int version, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/buildings/" + building + "/events"))
                .timeout(Duration.ofMinutes(1)).header("Authorization", "Bearer " + writer)
                .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (r.statusCode() != 200) {
                throw failure(r.statusCode(), in);
            }
            return new Measure.Outcome(in.transferTo(OutputStream.nullOutputStream()), 1);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static IOException failure(int status, InputStream in) throws IOException {
        byte[] head = in.readNBytes(300);
        return new IOException("HTTP " + status + ": " + new String(head, StandardCharsets.UTF_8));
    }

    /** Reads to the end, counting bytes and Feature objects (the pattern's first byte occurs once in it). */
    private static Measure.Outcome features(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        long bytes = 0;
        long features = 0;
        int matched = 0;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            bytes += n;
            for (int k = 0; k < n; k++) {
                byte b = buf[k];
                matched = b == FEATURE[matched] ? matched + 1 : b == FEATURE[0] ? 1 : 0;
                if (matched == FEATURE.length) {
                    features++;
                    matched = 0;
                }
            }
        }
        return new Measure.Outcome(bytes, features);
    }
}
