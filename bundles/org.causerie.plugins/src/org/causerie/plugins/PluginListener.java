package org.causerie.plugins;

/** Told, on any thread, that the installed plugins or their states changed. */
@FunctionalInterface
public interface PluginListener {

    void pluginsChanged();
}
