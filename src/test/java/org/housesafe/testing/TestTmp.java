package org.housesafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scratch directory of a test run, inside the Maven build directory so that {@code mvn clean}
 * removes it and parallel builds with different {@code -Dbuild.dir} never share it. Surefire and
 * failsafe set {@code housesafe.test.tmp} to {@code ${project.build.directory}/test-tmp}.
 */
public final class TestTmp {

    private TestTmp() {
    }

    /** The run's scratch directory, created if needed, as an absolute path. */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("housesafe.test.tmp", "target/test-tmp")).toAbsolutePath().normalize();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the test scratch directory " + dir, e);
        }
    }

    /** Deletes a directory tree, ignoring what is already gone. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
