package org.causerie.plugins;

/** Where an installed plugin stands. */
public enum PluginState {
    /** started: its services and contributions are registered */
    ACTIVE,
    /** installed but switched off by the user: nothing of it is registered */
    DISABLED,
    /** enabled but not running: it did not resolve, or it threw when starting (see the problem) */
    FAILED,
    /** in the store but not loaded in this process (the command line, or the next start applies it) */
    STORED
}
