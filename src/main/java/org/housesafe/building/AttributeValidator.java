package org.housesafe.building;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.housesafe.building.AttributeSchema.Field;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.ApiException.FieldError;

/**
 * Checks attribute blocks against {@link AttributeSchema}: known blocks and fields only, values
 * of the declared kind, codes from the allowed list. Collects every error before failing, so a
 * form can mark all bad fields at once. Returns the blocks as a clean object.
 */
public final class AttributeValidator {
    private static final String TYPE = "invalid-attributes";
    private static final String TITLE = "Invalid building attributes";

    private AttributeValidator() {
    }

    /**
     * @param properties the Feature's properties
     * @param allowedBlocks blocks this caller may set (creation may not set lifecycle blocks)
     */
    public static ObjectNode validate(JsonNode properties, Set<String> allowedBlocks) {
        List<FieldError> errors = new ArrayList<>();
        ObjectNode clean = JsonNodeFactory.instance.objectNode();
        if (properties == null || !properties.isObject()) {
            throw ApiException.invalid(TYPE, TITLE, "properties", "an object with the attribute blocks is required");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> block = it.next();
            String name = block.getKey();
            if (!AttributeSchema.BLOCKS.contains(name)) {
                continue;   // summary keys echoed back by a client (status, streetName …) are not input
            }
            if (!allowedBlocks.contains(name)) {
                errors.add(new FieldError("properties." + name, "is set by lifecycle actions, not here"));
            } else if (!block.getValue().isObject()) {
                errors.add(new FieldError("properties." + name, "must be an object"));
            } else {
                clean.set(name, block(name, block.getValue(), errors));
            }
        }
        requireText(clean, "houseCode", errors);
        requireText(clean, "address", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(TYPE, TITLE, errors);
        }
        return clean;
    }

    private static void requireText(ObjectNode clean, String name, List<FieldError> errors) {
        JsonNode v = clean.path(AttributeSchema.BASIC).get(name);
        if (v == null || v.asText().isBlank()) {
            errors.add(new FieldError("properties.basic." + name, "is required"));
        }
    }

    private static ObjectNode block(String block, JsonNode input, List<FieldError> errors) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = input.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "properties." + block + "." + e.getKey();
            var field = AttributeSchema.field(block, e.getKey());
            if (field.isEmpty()) {
                errors.add(new FieldError(path, "unknown field"));
            } else if (!e.getValue().isNull()) {
                String problem = check(field.get(), e.getValue());
                if (problem != null) {
                    errors.add(new FieldError(path, problem));
                } else {
                    out.set(e.getKey(), e.getValue());
                }
            }
        }
        return out;
    }

    /** The problem with {@code value}, or {@code null} when it is fine. */
    static String check(Field f, JsonNode value) {
        return switch (f.kind()) {
            case TEXT -> !value.isTextual() ? "must be text"
                    : value.asText().length() > f.maxLength() ? "at most " + f.maxLength() + " characters" : null;
            case INTEGER -> !value.canConvertToInt() || !value.isIntegralNumber() ? "must be a whole number"
                    : value.asInt() < 0 || value.asInt() > 200 ? "must be between 0 and 200" : null;
            case NUMBER -> !value.isNumber() || !Double.isFinite(value.asDouble()) ? "must be a number"
                    : value.asDouble() < 0 || value.asDouble() > 1e7 ? "must be between 0 and 10000000" : null;
            case BOOLEAN -> value.isBoolean() ? null : "must be true or false";
            case DATE -> date(value);
            case CODE -> value.isTextual() && f.codes().contains(value.asText()) ? null : "must be one of " + f.codes();
            case CODES -> codes(f, value);
        };
    }

    private static String date(JsonNode value) {
        if (!value.isTextual()) {
            return "must be a date YYYY-MM-DD";
        }
        try {
            LocalDate.parse(value.asText());
            return null;
        } catch (DateTimeParseException e) {
            return "must be a date YYYY-MM-DD";
        }
    }

    private static String codes(Field f, JsonNode value) {
        if (!value.isArray()) {
            return "must be a list of " + f.codes();
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode v : value) {
            if (!v.isTextual() || !f.codes().contains(v.asText())) {
                return "must be a list of " + f.codes();
            }
            if (!seen.add(v.asText())) {
                return "lists '" + v.asText() + "' twice";
            }
        }
        return null;
    }
}
