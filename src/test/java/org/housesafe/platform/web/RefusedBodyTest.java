package org.housesafe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body refused as too large before it was read (a 413 on its Content-Length, say) still reaches a
 * client that sends the whole body before it reads the answer, as Java's HttpClient and many phone
 * stacks do: it gets the 413 problem, not a reset connection that an outbox would retry forever.
 */
class RefusedBodyTest {
    private static final int BODY_BYTES = 13 * 1024 * 1024;

    @Test
    void a_client_that_sends_the_whole_refused_body_first_still_reads_the_413() throws Exception {
        Javalin app = Javalin.create(javalin -> {
            ErrorMapping.install(javalin);
            javalin.routes.post("/upload", ctx -> {
                throw new ApiException(413, "body-too-large", "Request body too large", "at most 10 MB",
                        List.of(), Map.of());
            });
        }).start("127.0.0.1", 0);
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + BODY_BYTES + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (int sent = 0; sent < BODY_BYTES; sent += chunk.length) {
                out.write(chunk);
            }
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
        } finally {
            app.stop();
        }
    }

    /**
     * After a multipart body refused part way, the server may close the connection with the rest
     * of the body unread (seen: the next upload on the same client got "header parser received no
     * bytes" in PhotoApiTest). The 413 says {@code Connection: close}, so a client does not put the
     * connection back in its pool; its next request goes on a new one.
     */
    @Test
    void the_next_request_after_a_refused_upload_is_answered() throws Exception {
        Javalin app = Javalin.create(javalin -> {
            ErrorMapping.install(javalin);
            javalin.routes.post("/upload", ctx -> MultipartParts.files(ctx, "file", 1024 * 1024, 2L * 1024 * 1024,
                    64 * 1024, () -> new ApiException(413, "body-too-large", "Request body too large", "at most 1 MB",
                            List.of(), Map.of())));
            javalin.routes.get("/ping", ctx -> ctx.result("pong"));
        }).start("127.0.0.1", 0);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + app.port();
        byte[] head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 3 * 1024 * 1024];
        System.arraycopy(head, 0, body, 0, head.length);
        try {
            for (int round = 0; round < 20; round++) {
                var refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/upload"))
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(body))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).isEqualTo(413);
                assertThat(refused.headers().firstValue("Connection")).hasValue("close");
                var next = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/ping")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(next.body()).as("round %d", round).isEqualTo("pong");
            }
        } finally {
            app.stop();
        }
    }
}
