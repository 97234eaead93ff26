package org.housesafe.platform.web;

import java.util.List;
import java.util.Map;

/**
 * A failure with a safe public face: HTTP status, problem type slug, a title and a detail the
 * client may read, and per-field errors. Never carries SQL, class names or paths to the client;
 * a cause may say more in the log.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem with one input field or query parameter. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Map<String, Object> extensions;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors,
                        Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, "bad-parameter", "Invalid query parameter",
                parameter + ": " + message, List.of(new FieldError(parameter, message)), Map.of());
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", "Bad request", detail, List.of(), Map.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail, List.of(), Map.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, List.of(), Map.of());
    }

    public static ApiException invalid(String type, String title, List<FieldError> errors) {
        String detail = errors.isEmpty() ? title : errors.get(0).field() + ": " + errors.get(0).message();
        return new ApiException(422, type, title, detail, errors, Map.of());
    }

    public static ApiException invalid(String type, String title, String field, String message) {
        return invalid(type, title, List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
