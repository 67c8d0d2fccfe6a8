package org.causerie.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code causerie-cli plugins ...} on a plugin store, in process. */
class PluginsCommandTest {

    @TempDir
    Path dir;

    @Test
    void installListDisableEnableUninstall() throws Exception {
        Path store = dir.resolve("store");
        Path jar = bundle("org.example.buzz", "XEP-0224");
        Cli.Result installed = Cli.run(List.of("plugins", "--store", store.toString(), "install", jar.toString()));
        assertEquals(0, installed.exitCode(), installed::toString);
        assertTrue(installed.out().startsWith("installed org.example.buzz\t1.0.0\tenabled\tXEP-0224\tBuzz\tExamples"),
                installed::toString);
        assertTrue(Files.isRegularFile(store.resolve("org.example.buzz_1.0.0.jar")), "the store keeps a copy");

        assertEquals(List.of("org.example.buzz\t1.0.0\tenabled\tXEP-0224\tBuzz\tExamples"), list(store));
        assertEquals(0, Cli.run(List.of("plugins", "--store", store.toString(), "disable", "org.example.buzz"))
                .exitCode());
        assertEquals(List.of("org.example.buzz\t1.0.0\tdisabled\tXEP-0224\tBuzz\tExamples"), list(store));
        assertEquals(0, Cli.run(List.of("plugins", "--store", store.toString(), "enable", "org.example.buzz"))
                .exitCode());
        assertEquals(0, Cli.run(List.of("plugins", "--store", store.toString(), "uninstall", "org.example.buzz"))
                .exitCode());
        assertEquals(List.of(), list(store));
    }

    @Test
    void mistakesAreExplainedAndChangeNothing() throws Exception {
        Path store = dir.resolve("store");
        Cli.Result missing = Cli.run(List.of("plugins", "--store", store.toString(), "install",
                dir.resolve("nowhere.jar").toString()));
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("No such file or folder"), missing::toString);

        Cli.Result unknown = Cli.run(List.of("plugins", "--store", store.toString(), "disable", "org.example.none"));
        assertEquals(1, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("No plugin org.example.none is installed"), unknown::toString);

        Cli.Result core = Cli.run(List.of("plugins", "--store", store.toString(), "install",
                bundle("org.causerie.core", "").toString()));
        assertEquals(1, core.exitCode(), core::toString);
        assertTrue(core.err().contains("bundle of Causerie itself"), core::toString);

        Cli.Result usage = Cli.run(List.of("plugins", "--store", store.toString(), "install"));
        assertEquals(2, usage.exitCode(), usage::toString);
        assertEquals(List.of(), list(store));
    }

    private List<String> list(Path store) {
        Cli.Result result = Cli.run(List.of("plugins", "--store", store.toString(), "list"));
        assertEquals(0, result.exitCode(), result::toString);
        return result.lines();
    }

    private Path bundle(String id, String xeps) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", id + ";singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Name", "Buzz");
        main.putValue("Bundle-Vendor", "Examples");
        if (!xeps.isEmpty()) {
            main.putValue("Causerie-Xeps", xeps);
        }
        Path jar = dir.resolve(id + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
        return jar;
    }
}
