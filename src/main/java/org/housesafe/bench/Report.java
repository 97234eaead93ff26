package org.housesafe.bench;

import java.util.List;
import java.util.Locale;

/**
 * A run as a Markdown section: heading (backend and size), how it was run and on what, the table
 * of cases (service and raw median, p95, throughput, ratio) and the targets with pass or miss.
 *
 * @param heading the section's {@code ##} heading, which a later run of the same backend and size replaces
 * @param context lines describing the run (command, machine, JVM, database, date, load)
 * @param missing cases that could not run, with the reason
 */
public record Report(String heading, List<String> context, List<CaseResult> results, List<Targets.Check> checks,
              List<String> missing) {

    /** Whether every case ran and produced figures without an error. */
    public boolean complete() {
        return missing.isEmpty() && results.stream().allMatch(CaseResult::complete);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder(heading).append("\n\n");
        context.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n| case | clients | service median | service p95 | service throughput | raw median | raw p95 "
                + "| raw throughput | service / raw | notes |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (CaseResult r : results) {
            Figures s = r.service();
            Figures raw = r.raw();
            md.append("| ").append(r.title()).append(" | ").append(s.clients())
                    .append(" | ").append(ms(s.medianMs())).append(" | ").append(ms(s.p95Ms()))
                    .append(" | ").append(number(r.throughput())).append(' ').append(r.unit())
                    .append(" | ").append(raw == null ? "—" : ms(raw.medianMs()))
                    .append(" | ").append(raw == null ? "—" : ms(raw.p95Ms()))
                    .append(" | ").append(raw == null ? "—" : number(r.rawThroughput()) + " " + r.unit())
                    .append(" | ").append(Double.isNaN(r.ratio()) ? "—"
                            : String.format(Locale.ROOT, "%.2f", r.ratio()))
                    .append(" | ").append(notes(r)).append(" |\n");
        }
        if (!missing.isEmpty()) {
            md.append("\nNot measured: ").append(String.join("; ", missing)).append(".\n");
        }
        if (!checks.isEmpty()) {
            md.append("\n| target (issue #6) | measured | result |\n|---|---:|---|\n");
            checks.forEach(c -> md.append("| ").append(c.target()).append(" | ").append(c.measured()).append(" | ")
                    .append(c.verdict()).append(" |\n"));
        }
        return md.toString();
    }

    private static String notes(CaseResult r) {
        String errors = r.service().errors() + (r.raw() == null ? 0 : r.raw().errors()) == 0 ? ""
                : " **Errors**: " + errors(r.service()) + errors(r.raw());
        return (r.note() + errors).replace("|", "\\|").replace("\n", " ");
    }

    private static String errors(Figures f) {
        return f == null || f.errors() == 0 ? "" : f.errors() + " (" + f.firstError() + ") ";
    }

    /** Milliseconds: one decimal below 100 ms, whole above; "—" for none. */
    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, v < 100 ? "%.1f ms" : "%,.0f ms", v);
    }

    /** A figure with thousands separators: whole above 100, two significant decimals below. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.2f", v);
    }

    /** Bytes in B, KB, MB or GB (1024-based). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes / 1024.0;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
