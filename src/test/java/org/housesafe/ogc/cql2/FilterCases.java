package org.housesafe.ogc.cql2;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.geo.Wkb;

/**
 * The filter table ({@code filters.txt}): cases separated by blank lines, each a few
 * {@code key value} lines — the input ({@code text} or {@code json}, optionally {@code crs}), then
 * either the SQL ({@code sql}, {@code params}) and the fixture buildings it selects ({@code ids}),
 * or the {@code error} detail of the 400.
 */
final class FilterCases {

    private FilterCases() {
    }

    record Case(int line, Map<String, String> fields) {
        String get(String key) {
            return fields.get(key);
        }

        String lang() {
            return fields.containsKey("json") ? Cql2.JSON : Cql2.TEXT;
        }

        String input() {
            return fields.containsKey("json") ? fields.get("json") : fields.get("text");
        }

        String crs() {
            return fields.get("crs");
        }

        @Override
        public String toString() {
            return "line " + line + ": " + input();
        }
    }

    static List<Case> load() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = FilterCases.class.getResourceAsStream("filters.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            Map<String, String> fields = new LinkedHashMap<>();
            int start = 0;
            for (int i = 0; i <= lines.length; i++) {
                String line = i < lines.length ? lines[i] : "";
                if (line.isBlank()) {
                    if (!fields.isEmpty()) {
                        out.add(new Case(start, fields));
                        fields = new LinkedHashMap<>();
                    }
                } else if (!line.startsWith("#")) {
                    if (fields.isEmpty()) {
                        start = i + 1;
                    }
                    int space = line.indexOf(' ');
                    fields.put(line.substring(0, space), line.substring(space).strip());
                }
            }
        }
        return out;
    }

    /** The bound values as written in the table, separated by {@code " | "}. */
    static String params(Sql sql) {
        return sql.params().stream().map(FilterCases::render).collect(Collectors.joining(" | "));
    }

    private static String render(Object v) {
        if (v instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof LocalDate d) {
            return "DATE " + d;
        }
        if (v instanceof Instant t) {
            return "TIMESTAMP " + t;
        }
        if (v instanceof byte[] wkb) {
            return "WKB " + Wkb.read(wkb).toText();
        }
        return String.valueOf(v);
    }
}
