package org.housesafe.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine a run measured on, read from {@code /proc} where there is one: processor model and
 * cores, memory, and the load average (other work on the machine skews every figure).
 */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String model = line(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse(System.getProperty("os.arch"));
        String memory = line(Path.of("/proc/meminfo"), "MemTotal").map(l -> String.format(Locale.ROOT, "%.1f GiB RAM",
                Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("memory unknown");
        return String.format(Locale.ROOT, "%d cores (%s), %s, %s %s", Runtime.getRuntime().availableProcessors(), model,
                memory, System.getProperty("os.name"), System.getProperty("os.version"));
    }

    static String jvm() {
        return String.format(Locale.ROOT, "%s %s, max heap %s, %s", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Report.size(Runtime.getRuntime().maxMemory()),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).findFirst().orElse("GC"));
    }

    /** The 1, 5 and 15 minute load averages, or "unknown". */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> line(Path file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
