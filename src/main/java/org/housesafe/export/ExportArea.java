package org.housesafe.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.BuildingFilter;

/**
 * What an export covers, named for its title and file name: the communities of the filter, else
 * its streets, else the caller's streets, else all streets. Names are looked up within the
 * caller's scope; a code outside it shows as the code.
 *
 * @param label Chinese, e.g. {@code 华兴街道} or {@code 华兴街道、联合街道}
 * @param codes ASCII for the plain file name, e.g. {@code 430408003} or {@code all}
 */
record ExportArea(String label, String codes) {
    private static final int NAMED = 3;

    static ExportArea of(BuildingFilter filter, Scope scope, AdminUnitStore units) {
        if (!filter.communities().isEmpty()) {
            return named(filter.communities(), units.names(AdminUnit.Level.COMMUNITY, scope));
        }
        if (!filter.streets().isEmpty()) {
            return named(filter.streets(), units.names(AdminUnit.Level.STREET, scope));
        }
        if (!scope.all()) {
            return named(scope.streets(), units.names(AdminUnit.Level.STREET, scope));
        }
        return new ExportArea("全部街道", "all");
    }

    private static ExportArea named(Set<String> codes, Map<String, String> names) {
        List<String> sorted = codes.stream().sorted().toList();
        List<String> labels = new ArrayList<>();
        for (String code : sorted.subList(0, Math.min(NAMED, sorted.size()))) {
            labels.add(names.getOrDefault(code, code));
        }
        String more = sorted.size() > NAMED ? "等" + sorted.size() + "个" : "";
        String ascii = String.join("_", sorted.subList(0, Math.min(NAMED, sorted.size())))
                + (sorted.size() > NAMED ? "_etc" : "");
        return new ExportArea(String.join("、", labels) + more, ascii);
    }

    /** {@code 华兴街道-隐患台账-2022-09-01.xlsx}, and {@code ledger-430408003-2022-09-01.xlsx} for old clients. */
    String contentDisposition(String what, String asciiWhat, LocalDate date, String extension) {
        return contentDisposition(what, asciiWhat, date, null, extension);
    }

    /**
     * As {@link #contentDisposition(String, String, LocalDate, String)} with a tag after the date,
     * {@code {chinese, ascii}} or {@code null}: {@code 华兴街道-房屋-2022-09-01-CGCS2000.geojson}.
     */
    String contentDisposition(String what, String asciiWhat, LocalDate date, String[] tag, String extension) {
        String unicode = label + "-" + what + "-" + date + (tag == null ? "" : "-" + tag[0]) + "." + extension;
        String ascii = asciiWhat + "-" + codes + "-" + date + (tag == null ? "" : "-" + tag[1]) + "." + extension;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(unicode);
    }

    /** Percent-encodes all but RFC 5987 attr-chars. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
