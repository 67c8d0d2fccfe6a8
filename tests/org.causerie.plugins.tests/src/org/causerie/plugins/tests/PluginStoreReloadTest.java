package org.causerie.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.causerie.plugins.Plugin;
import org.causerie.plugins.PluginService;
import org.causerie.plugins.PluginState;
import org.causerie.plugins.internal.FrameworkPluginService;
import org.causerie.testing.sessions.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * What a restart does: the framework has lost the plugin bundles (a fresh
 * configuration area) and the plugin service, started anew on the same store,
 * installs them again with the state the user chose.
 */
class PluginStoreReloadTest {

    @Test
    void aNewServiceOnTheSameStoreLoadsThePluginsAgain() throws Exception {
        PluginService plugins = Services.get(PluginService.class);
        plugins.install(Examples.jar(Examples.ATTENTION));
        try {
            PluginLifecycleTest.pluginBundle().uninstall();
            assertFalse(PluginLifecycleTest.contributionOf(Examples.ATTENTION));

            var context = FrameworkUtil.getBundle(FrameworkPluginService.class).getBundleContext();
            FrameworkPluginService restarted = new FrameworkPluginService(context,
                    Services.get(ServiceComponentRuntime.class));
            try {
                Plugin plugin = restarted.plugins().get(0);
                assertEquals(PluginState.ACTIVE, plugin.state(), () -> plugin.problem().orElse(""));
                assertEquals(Bundle.ACTIVE, PluginLifecycleTest.pluginBundle().getState() & Bundle.ACTIVE);
                assertTrue(PluginLifecycleTest.contributionOf(Examples.ATTENTION));

                restarted.disable(Examples.ATTENTION);
            } finally {
                restarted.deactivate();
            }
            // the choice is in the store: the registered service sees it too
            assertEquals(PluginState.DISABLED, plugins.plugins().get(0).state());
        } finally {
            plugins.uninstall(Examples.ATTENTION);
        }
    }
}
