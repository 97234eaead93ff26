package org.housesafe.photo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** An HTTP client for one API token that sends multipart uploads and reads answers as bytes. */
public final class PhotoHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PhotoHttp(String base, String token) {
        this.base = base;
        this.token = token;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody());
    }

    /** POSTs one multipart part named {@code part} with the file name and declared type given. */
    HttpResponse<byte[]> upload(String path, String part, String fileName, String type, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----housesafe" + UUID.randomUUID();
        return send("POST", path, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, part, fileName, type, content)));
    }

    public static byte[] multipart(String boundary, String part, String fileName, String type, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    HttpResponse<byte[]> send(String method, String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).method(method, body)
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
