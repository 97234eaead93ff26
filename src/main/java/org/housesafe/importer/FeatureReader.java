package org.housesafe.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.housesafe.platform.geo.InputCrs;

/**
 * Reads a GeoJSON FeatureCollection one Feature at a time with Jackson's streaming parser: only
 * the current Feature is ever a tree, so a file of any size reads in constant memory. Members
 * of the collection other than {@code type}, {@code features} and a declared coordinate system
 * ({@code crs}, {@code coordinateSystem}: anything but WGS 84 ends the reading, {@link InputCrs})
 * are skipped.
 *
 * <p>A Feature that is not a JSON object is reported and skipped; JSON that cannot be parsed
 * (malformed, nested deeper than {@link #MAX_DEPTH}, an over-long string or number) ends the
 * reading with a {@link Unreadable} naming the feature it was in and the line and column.
 */
final class FeatureReader implements FeatureSource {
    static final int MAX_DEPTH = 32;
    /** Repeated member names are refused by the tree reader, which leaves the parser where it can go on. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(50)
                    .maxStringLength(1 << 20).build())
            .build()).enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final JsonParser parser;
    private long index = -1;
    private boolean inFeatures;
    private boolean done;

    FeatureReader(InputStream in) throws IOException {
        this.parser = MAPPER.createParser(in);
    }

    /** The next Feature as a tree; {@code null} after the last one (the whole document is then read). */
    @Override
    public JsonNode next() throws IOException {
        if (done) {
            return null;
        }
        long current = inFeatures ? index + 1 : -1;   // what a parse error is blamed on
        try {
            if (!inFeatures) {
                openFeatures();
                current = 0;
            }
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                current = -1;
                finish();
                return null;
            }
            index = current;
            if (t != JsonToken.START_OBJECT) {
                parser.skipChildren();
                throw new Unreadable(index, "", "must be a GeoJSON Feature object", false);
            }
            return readFeature();
        } catch (StreamConstraintsException e) {
            done = true;
            throw new Unreadable(current, "", "nests deeper than " + MAX_DEPTH
                    + " levels or holds an over-long string or number " + at(e.getLocation()), true);
        } catch (JsonProcessingException e) {
            done = true;
            throw new Unreadable(current, "", "malformed JSON " + at(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()), true);
        }
    }

    /**
     * The Feature at the parser as a tree. A repeated member name is an error of this feature
     * only: the JSON around it is sound, so the reading skips to the feature's end and goes on.
     */
    private JsonNode readFeature() throws IOException {
        int depth = parser.getParsingContext().getNestingDepth();
        try {
            return MAPPER.readTree(parser);
        } catch (MismatchedInputException e) {
            if (!String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                throw e;
            }
            while (parser.getParsingContext().getNestingDepth() >= depth && parser.nextToken() != null) {
                parser.skipChildren();
            }
            String name = e.getOriginalMessage().replaceFirst("^Duplicate field ('[^']*').*$", "$1");
            throw new Unreadable(index, "", "repeats the member " + name + " " + at(e.getLocation()), false);
        }
    }

    private void openFeatures() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw fileProblem("the file must be a GeoJSON FeatureCollection object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("features")) {
                if (value != JsonToken.START_ARRAY) {
                    throw fileProblem("\"features\" must be an array of Features");
                }
                inFeatures = true;
                return;
            }
            checkMember(name, value);
        }
        throw fileProblem("the FeatureCollection has no \"features\" array");
    }

    /** After the features: the rest of the collection, then nothing more. */
    private void finish() throws IOException {
        done = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            checkMember(name, parser.nextToken());
        }
        if (parser.nextToken() != null) {
            throw fileProblem("more than one JSON value in the file");
        }
    }

    private void checkMember(String name, JsonToken value) throws IOException {
        if (name.equals("type") && !(value == JsonToken.VALUE_STRING && "FeatureCollection".equals(parser.getText()))) {
            throw fileProblem("\"type\" must be \"FeatureCollection\"");
        }
        if (name.equals("crs") || name.equals("coordinateSystem")) {
            ObjectNode member = MAPPER.createObjectNode();
            member.set(name, MAPPER.readTree(parser));
            String wrong = InputCrs.problem(member, name);
            if (wrong != null) {
                done = true;
                throw new Unreadable(-1, name, wrong, true);
            }
            return;
        }
        parser.skipChildren();
    }

    private Unreadable fileProblem(String message) {
        done = true;
        return new Unreadable(-1, "", message, true);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static String at(JsonLocation l) {
        return l == null ? "" : "at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
