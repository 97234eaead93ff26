package org.housesafe.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.housesafe.platform.web.JsonStream;

/** Sends a resource in the format asked for: its JSON, or the HTML page drawn from that JSON. */
final class Answer {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Answer() {
    }

    static void send(Context ctx, Format f, String jsonType, String title, JsonNode body) throws IOException {
        if (f == Format.HTML) {
            ctx.html(OgcHtml.page(title, body));
        } else {
            ctx.contentType(jsonType).result(MAPPER.writeValueAsBytes(body));
        }
    }

    /** A streamed body: straight to the client as JSON; for HTML, read back into a page (at most a page of items). */
    static void stream(Context ctx, Format f, String jsonType, String title, JsonStream.Body body) throws IOException {
        if (f == Format.JSON) {
            JsonStream.send(ctx, jsonType, body);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(bytes)) {
            body.write(json);
        }
        ctx.html(OgcHtml.page(title, MAPPER.readTree(bytes.toByteArray())));
    }
}
