package org.causerie.plugins.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The sample plugins' jars built by examples/, and made-up bundles for the error cases. */
final class Examples {

    static final String ATTENTION = "org.causerie.example.attention";
    static final String ATTENTION_UI = "org.causerie.example.attention.ui";

    private Examples() {
    }

    /**
     * @return the jar the build made of an example module
     *         ({@code examples/<module>/target/<module>-<version>.jar})
     */
    static Path jar(String module) {
        String dir = System.getProperty("causerie.examples.dir");
        if (dir == null) {
            throw new IllegalStateException("causerie.examples.dir is not set (see this bundle's pom.xml)");
        }
        Path target = Path.of(dir, module, "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(module)
                    + "-[0-9][^/]*(?<!-sources)\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar of " + module + " in " + target
                            + ": build examples/ first"));
        } catch (IOException e) {
            throw new IllegalStateException("no " + target + ": build examples/ first", e);
        }
    }

    /** @return a jar holding only a manifest with these headers */
    static Path manifestOnly(Path folder, String name, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(main::putValue);
        Path jar = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
        return jar;
    }
}
