package org.causerie.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.causerie.plugins.Plugin;
import org.causerie.plugins.PluginException;
import org.causerie.plugins.PluginService;
import org.causerie.plugins.PluginState;
import org.causerie.testing.sessions.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample plugin's p2 repository, built by Tycho
 * (examples/org.causerie.example.attention.repository), installed from its
 * folder and from its zip, and a plain folder of jars. This headless runtime has
 * no SWT: the UI bundle is installed but fails to resolve, and says why.
 */
class PluginSourcesTest {

    private final PluginService plugins = Services.get(PluginService.class);

    @TempDir
    Path folder;

    @AfterEach
    void removeAll() throws PluginException {
        for (Plugin plugin : plugins.plugins()) {
            plugins.uninstall(plugin.id());
        }
    }

    @Test
    void fromTheRepositoryFolder() throws Exception {
        check(plugins.install(repository().resolve("repository")));
    }

    @Test
    void fromTheRepositoryZip() throws Exception {
        Path zip;
        try (Stream<Path> files = Files.list(repository())) {
            zip = files.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        check(plugins.install(zip));
    }

    @Test
    void fromAFolderOfJars() throws Exception {
        Files.copy(Examples.jar(Examples.ATTENTION), folder.resolve("attention.jar"));
        Examples.manifestOnly(folder, "other.jar", Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "org.example.other", "Bundle-Name", "Other", "Causerie-Xeps", "0092, XEP-0202"));
        List<Plugin> installed = plugins.install(folder);
        assertEquals(2, installed.size());
        Plugin other = installed.stream().filter(p -> p.id().equals("org.example.other")).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("XEP-0092", "XEP-0202"), other.xeps());
        assertEquals(PluginState.ACTIVE, other.state());
        assertTrue(PluginLifecycleTest.contributionOf(Examples.ATTENTION));
    }

    private static void check(List<Plugin> installed) {
        Map<String, Plugin> byId = installed.stream().collect(Collectors.toMap(Plugin::id, p -> p));
        assertEquals(java.util.Set.of(Examples.ATTENTION, Examples.ATTENTION_UI), byId.keySet());
        assertEquals(PluginState.ACTIVE, byId.get(Examples.ATTENTION).state());
        assertTrue(PluginLifecycleTest.contributionOf(Examples.ATTENTION));
        Plugin ui = byId.get(Examples.ATTENTION_UI);
        assertEquals(PluginState.FAILED, ui.state());
        String problem = ui.problem().orElseThrow();
        assertTrue(problem.contains("Unresolved requirement") && problem.contains("org.causerie.ui"), problem);
    }

    private static Path repository() throws IOException {
        Path target = Path.of(System.getProperty("causerie.examples.dir"), "org.causerie.example.attention.repository",
                "target");
        if (!Files.isDirectory(target.resolve("repository"))) {
            throw new IOException("no " + target.resolve("repository") + ": build examples/ first");
        }
        return target;
    }
}
