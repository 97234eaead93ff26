package org.housesafe.platform.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON request body within limits: the size is checked from Content-Length before
 * reading and again while reading (a chunked body cannot lie its way past it); nesting depth and
 * string/number lengths are capped by the parser, before any tree is built.
 */
public final class JsonBody {
    private final long maxBytes;
    private final int maxDepth;
    private final ObjectMapper mapper;

    public JsonBody(long maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxNumberLength(50)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                        .maxDocumentLength(maxBytes)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** The request's body as JSON. */
    public JsonNode read(io.javalin.http.Context ctx) {
        // Refuse by the headers before touching the body: asking for the stream would make the
        // server send "100 Continue", inviting a client that asked first to upload what we refuse.
        checkHeaders(ctx.contentType(), ctx.contentLength());
        return read(ctx.contentType(), ctx.contentLength(), ctx.bodyInputStream());
    }

    /** The request's body as a JSON object (400 for any other JSON value). */
    public JsonNode readObject(io.javalin.http.Context ctx) {
        JsonNode in = read(ctx);
        if (!in.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        return in;
    }

    /**
     * @param contentType the request's Content-Type; only JSON types are accepted (415 otherwise)
     * @param contentLength the declared length, or -1
     */
    public JsonNode read(String contentType, long contentLength, InputStream body) {
        checkHeaders(contentType, contentLength);
        try (InputStream limited = new LimitedInputStream(body, maxBytes);
             JsonParser parser = mapper.createParser(limited)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("The request body is empty");
            }
            if (parser.nextToken() != null) {
                throw ApiException.badRequest("The request body holds more than one JSON value");
            }
            return node;
        } catch (LimitedInputStream.LimitExceeded e) {
            throw tooLarge();
        } catch (StreamConstraintsException e) {
            throw new ApiException(400, "json-limit", "JSON too deep or too long",
                    "The JSON nests deeper than " + maxDepth + " levels or holds an over-long number or string",
                    List.of(), Map.of());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "malformed-json", "Malformed JSON",
                    "The body is not valid JSON: " + firstLine(e.getOriginalMessage()), List.of(), Map.of());
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read");
        }
    }

    private void checkHeaders(String contentType, long contentLength) {
        if (!isJson(contentType)) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json, application/geo+json or application/merge-patch+json", List.of(), Map.of());
        }
        if (contentLength > maxBytes) {
            throw tooLarge();
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "body-too-large", "Request body too large",
                "The body may hold at most " + maxBytes + " bytes", List.of(), Map.of());
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String base = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return base.equals("application/json") || base.equals("application/geo+json")
                || base.equals("application/merge-patch+json");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
