package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.housesafe.building.StoreFixture;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error is ours (issue 13 point 8): requests that the web server refuses before the
 * application sees them answer problem+json with the same security headers as every other
 * response; an empty query component is ignored. Requests go over a raw socket, since an HTTP
 * client library would refuse to send most of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    Database db;
    TestApp app;
    String token;

    /** One answer as it came over the wire: status, headers (lower-case names) and body (as sent). */
    record Raw(int status, Map<String, String> headers, String body) {
    }

    @BeforeAll
    void start() {
        db = Database.open("jdbc:h2:mem:server-errors-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        app = StoreFixture.app(db, 10);
        token = app.token(app.services.accounts().byName("test-district").orElseThrow());
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    /** Sends {@code target} as a GET with {@code extraHeaders} (CRLF-terminated lines) and reads the answer. */
    private Raw get(String target, String extraHeaders) throws IOException {
        int port = Integer.parseInt(app.base().substring(app.base().lastIndexOf(':') + 1));
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
                    + "\r\n" + extraHeaders + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(s.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            in.transferTo(buffer);
        } catch (java.net.SocketException e) {
            // the server may reset the connection after a refusal: keep what arrived
        }
        return buffer.toByteArray();
    }

    private static Raw parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        // problems have a Content-Length; a streamed (chunked) body is kept as it came
        return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    private static void assertOurs(Raw r, int status) throws IOException {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().get("content-type")).as(r.headers().toString()).startsWith("application/problem+json");
        assertThat(r.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY").containsEntry("referrer-policy", "same-origin")
                .containsEntry("cross-origin-opener-policy", "same-origin").containsKey("content-security-policy");
        assertThat(r.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        var problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(r.body()).doesNotContainIgnoringCase("jetty").doesNotContain("<html").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/api/buildings/%00, 400",
        "/api/buildings/%zz, 400",
        "/js/%00.js, 400",
        "/api/buildings/%2F..%2Fadmin, 400",
        "/api/buildings/a%2Fb, 400",
        "/api/%2e%2e/health, 404",
        "/api/buildings/%2e%2e/%2e%2e/health, 404",
        "/api/buildings/%u0041, 400",
        "/api/buildings/%4, 400",
        "/api/buildings?q=%u0041, 400",
        "/api/buildings?q=%zz, 400",
        "/api/buildings?q%zz=1, 400",
    })
    void a_path_the_web_server_refuses_answers_problem_json_with_the_security_headers(String path, int status)
            throws Exception {
        assertOurs(get(path, ""), status);
    }

    @Test
    void a_uri_over_8_kb_answers_414_problem_json_with_the_security_headers() throws Exception {
        assertOurs(get("/api/buildings?q=" + "a".repeat(9000), ""), 414);
    }

    @Test
    void headers_over_8_kb_answer_431_problem_json_with_the_security_headers() throws Exception {
        assertOurs(get("/api/buildings", "X-Padding: " + "b".repeat(9000) + "\r\n"), 431);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/buildings?&limit=5", "/api/buildings?limit=5&", "/api/buildings?limit=5&&q=HS", "/api/buildings?"})
    void an_empty_query_component_is_ignored(String target) throws Exception {
        Raw r = get(target, "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
