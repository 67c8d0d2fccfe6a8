package org.causerie.plugins.tests;

/**
 * Copied, as class file, into a made-up plugin jar by {@link PluginErrorsTest}: a DS
 * component whose constructor throws, as a broken plugin's component would.
 */
public final class Thrower {

    /** The message of what the constructor throws. */
    public static final String MESSAGE = "a plugin component that cannot start";

    public Thrower() {
        throw new IllegalStateException(MESSAGE);
    }
}
