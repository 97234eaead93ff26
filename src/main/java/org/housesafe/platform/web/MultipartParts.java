package org.housesafe.platform.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.util.MultipartUtil;
import jakarta.servlet.MultipartConfigElement;
import java.util.List;
import java.util.function.Supplier;

/**
 * The files of a multipart/form-data upload under a route's own limits: parts larger than
 * {@code memoryBytes} wait in a temporary file that the server deletes after the request. A body
 * over a limit is {@code tooLarge}, any other unreadable body a 400.
 */
public final class MultipartParts {
    private MultipartParts() {
    }

    public static List<UploadedFile> files(Context ctx, String part, long maxFileBytes, long maxRequestBytes,
                                           int memoryBytes, Supplier<ApiException> tooLarge) {
        ctx.req().setAttribute(MultipartUtil.MULTIPART_CONFIG_ATTRIBUTE, new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), maxFileBytes, maxRequestBytes, memoryBytes));
        try {
            return ctx.uploadedFiles(part);
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
            throw failure(e, tooLarge);
        }
    }

    /**
     * Jetty refuses a malformed multipart body, and one over the limits, with a "400 bad
     * multipart" whose cause says "max file size exceeded" (or request size): tell them apart.
     */
    private static ApiException failure(Exception e, Supplier<ApiException> tooLarge) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("max") && (message.contains("size") || message.contains("length")
                    || message.contains("exceeded"))) {
                return tooLarge.get();
            }
        }
        return ApiException.badRequest("The multipart/form-data body cannot be read");
    }
}
