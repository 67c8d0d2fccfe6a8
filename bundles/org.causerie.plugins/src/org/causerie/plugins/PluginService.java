package org.causerie.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * Installs plugins into the running platform and lets them go again. A plugin is
 * an OSGi bundle; its DS components contribute services (see docs/plugins.md), so
 * what it brings appears when it starts and disappears when it stops. Installed
 * plugins are kept in a plugin store (a folder of jars and a state file) and
 * loaded again at the next start.
 *
 * <p>The methods block while bundles are installed, started, stopped or
 * refreshed (well under a second for a small plugin): call them off the display
 * thread.
 */
public interface PluginService {

    /**
     * Installs and starts plugins.
     *
     * @param source a bundle jar, a folder of bundle jars, or a p2 repository built
     *        by Tycho (its folder or zip: the jars under {@code plugins/} are taken)
     * @return the plugins installed, with their state (a plugin that did not resolve
     *         or threw on start is installed, {@link PluginState#FAILED}, with the reason)
     * @throws PluginException when the source holds no bundle, a jar is not a bundle,
     *         a bundle may not be a plugin (it reaches secure storage or platform
     *         internals, or replaces a platform bundle); nothing is installed then
     */
    List<Plugin> install(Path source) throws PluginException;

    /** @return the installed plugins, by name */
    List<Plugin> plugins();

    /** Starts a disabled (or failed) plugin; the choice is remembered. */
    Plugin enable(String id) throws PluginException;

    /** Stops a plugin: everything it contributed goes; the choice is remembered. */
    Plugin disable(String id) throws PluginException;

    /**
     * Stops and removes a plugin, from the platform (its class loader is let go:
     * the framework is refreshed) and from the store.
     */
    void uninstall(String id) throws PluginException;

    void addListener(PluginListener listener);

    void removeListener(PluginListener listener);
}
