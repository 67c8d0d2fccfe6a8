package org.causerie.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.causerie.plugins.Plugin;
import org.causerie.plugins.PluginException;
import org.causerie.plugins.PluginService;
import org.causerie.plugins.PluginState;
import org.causerie.testing.sessions.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad plugins are refused or reported with the reason, and the platform goes on. */
class PluginErrorsTest {

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
    void aJarThatIsNotABundleIsRefusedAndNothingChanges() throws Exception {
        Path notABundle = Examples.manifestOnly(folder, "library.jar", Map.of("Created-By", "hand"));
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a plugin");
        List<Plugin> before = plugins.plugins();
        PluginException error = assertThrows(PluginException.class, () -> plugins.install(notABundle));
        assertTrue(error.getMessage().contains("library.jar is not an OSGi bundle"), error.getMessage());
        assertEquals(PluginException.Reason.NOT_A_BUNDLE, error.reason());
        assertEquals(List.of("library.jar"), error.arguments());
        PluginException other = assertThrows(PluginException.class, () -> plugins.install(text));
        assertTrue(other.getMessage().contains("neither a bundle jar"), other.getMessage());
        PluginException missing = assertThrows(PluginException.class,
                () -> plugins.install(folder.resolve("nowhere.jar")));
        assertTrue(missing.getMessage().startsWith("No such file or folder"), missing.getMessage());
        assertEquals(PluginException.Reason.NOT_FOUND, missing.reason());
        assertEquals(before, plugins.plugins());
    }

    @Test
    void aPluginReachingSecureStorageOrInternalsIsRefused() throws Exception {
        Path storage = Examples.manifestOnly(folder, "thief.jar", Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "org.example.thief", "Import-Package",
                "org.eclipse.equinox.security.storage;version=\"1.0\""));
        PluginException error = assertThrows(PluginException.class, () -> plugins.install(storage));
        assertTrue(error.getMessage().contains("secure storage"), error.getMessage());
        assertEquals(PluginException.Reason.REFUSED_SECURE_STORAGE, error.reason());
        assertEquals(List.of("thief.jar", "org.example.thief", "Import-Package: org.eclipse.equinox.security.storage"),
                error.arguments());

        Path internals = Examples.manifestOnly(folder, "peek.jar", Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "org.example.peek", "Import-Package", "org.causerie.core.internal"));
        error = assertThrows(PluginException.class, () -> plugins.install(internals));
        assertTrue(error.getMessage().contains("reaches inside Causerie"), error.getMessage());

        Path fragment = Examples.manifestOnly(folder, "graft.jar", Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "org.example.graft", "Fragment-Host", "org.causerie.core"));
        error = assertThrows(PluginException.class, () -> plugins.install(fragment));
        assertTrue(error.getMessage().contains("fragment of org.causerie.core"), error.getMessage());

        Path impostor = Examples.manifestOnly(folder, "core.jar", Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "org.causerie.core"));
        error = assertThrows(PluginException.class, () -> plugins.install(impostor));
        assertTrue(error.getMessage().contains("bundle of Causerie itself"), error.getMessage());
        assertTrue(plugins.plugins().isEmpty());
    }

    @Test
    void aPluginThatDoesNotResolveIsReportedWithTheMissingPackage() throws Exception {
        Path jar = Examples.manifestOnly(folder, "needy.jar", Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "org.example.needy", "Bundle-Version", "1.2.3",
                "Import-Package", "org.example.nowhere;version=\"[1.0,2.0)\""));
        Plugin plugin = plugins.install(jar).get(0);
        assertEquals(PluginState.FAILED, plugin.state());
        assertTrue(plugin.problem().orElseThrow().contains("org.example.nowhere"), plugin.problem().orElseThrow());
        assertEquals("1.2.3", plugin.version());
        plugins.uninstall("org.example.needy");
        assertTrue(plugins.plugins().isEmpty());
    }

    @Test
    void aPluginThatThrowsOnStartIsReportedWithTheReason() throws Exception {
        Path jar = Examples.manifestOnly(folder, "broken.jar", Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "org.example.broken", "Bundle-Activator", "org.example.broken.Missing"));
        Plugin plugin = plugins.install(jar).get(0);
        assertEquals(PluginState.FAILED, plugin.state());
        assertTrue(plugin.problem().orElseThrow().contains("org.example.broken.Missing"),
                plugin.problem().orElseThrow());
        assertEquals(plugin, plugins.plugins().get(0));
    }

    @Test
    void aPluginWhoseComponentThrowsIsReportedWithTheException() throws Exception {
        Path jar = folder.resolve("thrower.jar");
        var manifest = new java.util.jar.Manifest();
        var main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.example.thrower");
        main.putValue("Service-Component", "OSGI-INF/thrower.xml");
        String classFile = Thrower.class.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest);
                var bytes = Thrower.class.getClassLoader().getResourceAsStream(classFile)) {
            out.putNextEntry(new java.util.jar.JarEntry("OSGI-INF/thrower.xml"));
            out.write(("<scr:component xmlns:scr='http://www.osgi.org/xmlns/scr/v1.3.0' name='thrower'"
                    + " immediate='true'><implementation class='" + Thrower.class.getName() + "'/></scr:component>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.jar.JarEntry(classFile));
            bytes.transferTo(out);
        }
        plugins.install(jar);
        // SCR activates the immediate component as the bundle starts (on its own thread)
        org.causerie.testing.sessions.Waiting.eventually("the component's failure is reported",
                () -> plugins.plugins().get(0).state() == PluginState.FAILED);
        Plugin plugin = plugins.plugins().get(0);
        String problem = plugin.problem().orElseThrow();
        assertTrue(problem.contains("component thrower failed to start") && problem.contains(Thrower.MESSAGE),
                problem);
        assertTrue(Services.get(PluginService.class) == plugins, "the platform goes on");
    }

    @Test
    void disablingRemovesTheContributionAndEnablingBringsItBack() throws Exception {
        plugins.install(Examples.jar(Examples.ATTENTION));
        assertTrue(PluginLifecycleTest.contributionOf(Examples.ATTENTION));
        Plugin disabled = plugins.disable(Examples.ATTENTION);
        assertEquals(PluginState.DISABLED, disabled.state());
        assertFalse(PluginLifecycleTest.contributionOf(Examples.ATTENTION));
        Plugin enabled = plugins.enable(Examples.ATTENTION);
        assertEquals(PluginState.ACTIVE, enabled.state());
        assertTrue(PluginLifecycleTest.contributionOf(Examples.ATTENTION));
    }
}
