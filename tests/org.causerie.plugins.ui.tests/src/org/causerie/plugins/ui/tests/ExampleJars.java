package org.causerie.plugins.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The sample plugin's jars, as the main build made them (examples/, before the tests). */
final class ExampleJars {

    private ExampleJars() {
    }

    /** Copies the jar of one of the sample's modules into a folder (the plugin to install). */
    static void copy(String module, Path folder) throws IOException {
        Path target = Path.of(System.getProperty("causerie.examples.dir"), module, "target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches(
                    Pattern.quote(module) + "-[0-9][^/]*(?<!-sources)\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar of " + module + " in " + target));
            Files.copy(jar, folder.resolve(jar.getFileName()));
        }
    }
}
