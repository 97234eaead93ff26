package org.housesafe.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP client for one identity: an API token, a session cookie jar, or nobody. Extra headers
 * (an Origin, say) go on every request.
 */
public final class TestClient {
    private final String base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A client of the server at {@code base} (say {@code http://127.0.0.1:7070}) with an API token. */
    public static TestClient withToken(String base, String token) {
        return new TestClient(base, token, false);
    }

    TestClient(String base, String token, boolean cookies) {
        this.base = base;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (cookies) {
            b.cookieHandler(new CookieManager());
        }
        this.http = b.build();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
    }

    public TestClient header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody());
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, HttpRequest.BodyPublishers.noBody());
    }

    public HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send("POST", path, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return send("POST", path, contentType, body);
    }

    public HttpResponse<String> patch(String path, String body) throws IOException, InterruptedException {
        return send("PATCH", path, "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return send(method, path, contentType, body, false);
    }

    /**
     * @param expectContinue ask before uploading ({@code Expect: 100-continue}), so that a body the
     *                       server refuses by its headers (413) is never sent and cannot race the answer
     */
    public HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                                     boolean expectContinue) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).method(method, body)
                .expectContinue(expectContinue).timeout(Duration.ofSeconds(60));
        headers.forEach(r::header);
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
