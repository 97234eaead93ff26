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
}
