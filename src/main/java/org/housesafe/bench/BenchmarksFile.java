package org.housesafe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a run's section into a Markdown file such as {@code BENCHMARKS.md}: the section with the
 * same {@code ##} heading is replaced (up to the next {@code ##} heading), any other is left as it
 * is, and a new heading is appended at the end. A missing file is created with a title.
 */
final class BenchmarksFile {
    private static final String TITLE = "# Benchmarks\n\nWritten by `java -jar target/housesafe.jar bench`;"
            + " each section is replaced by the next run of the same backend and size.\n";

    private BenchmarksFile() {
    }

    static void write(Path file, String heading, String section) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
                : new ArrayList<>(TITLE.lines().toList());
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (int k = 0; k < lines.size(); k++) {
            if (!replaced && lines.get(k).equals(heading)) {
                out.addAll(section.stripTrailing().lines().toList());
                out.add("");
                k++;
                while (k < lines.size() && !lines.get(k).startsWith("## ")) {
                    k++;
                }
                k--;
                replaced = true;
            } else {
                out.add(lines.get(k));
            }
        }
        if (!replaced) {
            if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                out.add("");
            }
            out.addAll(section.stripTrailing().lines().toList());
            out.add("");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, String.join("\n", out).stripTrailing() + "\n", StandardCharsets.UTF_8);
    }
}
