package org.housesafe.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler for what the web server refuses before the application sees it (a bad
 * percent-encoding such as {@code %00}, an ambiguous path, a URI over 8 KB → 414, headers over
 * 8 KB → 431): the same {@code application/problem+json} and security headers as every answer of
 * the application, instead of Jetty's HTML page. The body names the status only, never what
 * Jetty said about the request. Set on the server and on the servlet context.
 */
public final class ServerErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecurityHeaders headers;

    public ServerErrors(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        if (status < 400) {
            status = 500;
        }
        boolean secure = headers.secure(request.getHttpURI().getScheme(), Request.getRemoteAddr(request),
                request.getHeaders().get("X-Forwarded-Proto"));
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        fields.remove(HttpHeader.CONTENT_TYPE);
        byte[] body = problem(status, fields, secure);
        fields.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** A message refused while its head was parsed (Jetty may answer it without a request). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return ByteBuffer.wrap(problem(status, fields, headers.secure("http", null, null)));
    }

    /** Puts the type and security headers into {@code fields} and returns the problem document. */
    private byte[] problem(int status, HttpFields.Mutable fields, boolean secure) {
        headers.values(secure).forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        String[] text = describe(status);
        ApiException e = new ApiException(status, text[0], text[1], text[2], List.of(), Map.of());
        try {
            return JSON.writeValueAsString(Problem.of(e, null)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** Problem type, title and detail of a status the web server answers by itself. */
    private static String[] describe(int status) {
        return switch (status) {
            case 400 -> new String[] {"bad-request", "Bad request",
                "The request line or path is malformed (for example a bad or ambiguous percent-encoding)"};
            case 413 -> new String[] {"body-too-large", "Request body too large", "The request body is too large"};
            case 414 -> new String[] {"uri-too-long", "URI too long", "The request URI is longer than 8 KB"};
            case 431 -> new String[] {"headers-too-large", "Request headers too large",
                "The request headers are larger than 8 KB"};
            default -> status >= 500 ? new String[] {"internal", "Internal error", "The server failed to answer"}
                    : new String[] {"bad-request", "Bad request", "The server could not read the request"};
        };
    }
}
