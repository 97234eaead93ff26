package org.housesafe.platform.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document as sent to clients. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<ApiException.FieldError> errors, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are documented under this path (README, "Errors"). */
    public static final String TYPE_BASE = "/problems/";

    public static Problem of(ApiException e, String instance) {
        return new Problem(TYPE_BASE + e.type(), e.title(), e.status(), e.getMessage(), instance, e.errors(),
                e.extensions());
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
