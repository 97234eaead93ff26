package org.housesafe.platform.web;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Streams a JSON answer straight to the response: nothing is built whole in memory. Failures
 * before the first byte still become problems; after it, the connection is cut short, which a
 * client sees as truncated JSON rather than a wrong answer.
 */
public final class JsonStream {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes the body of an answer. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonStream() {
    }

    public static void send(Context ctx, String contentType, Body body) throws IOException {
        ctx.contentType(contentType);
        try (JsonGenerator json = FACTORY.createGenerator(ctx.outputStream(), JsonEncoding.UTF8)) {
            body.write(json);
        }
    }
}
