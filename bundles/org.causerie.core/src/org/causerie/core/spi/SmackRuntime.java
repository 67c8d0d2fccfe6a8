package org.causerie.core.spi;

import org.causerie.core.internal.SmackBootstrap;

/**
 * Smack's start inside OSGi, for XEP implementers. Smack initialises itself on
 * first use by class-loading tricks that fail inside Equinox; the core starts it
 * explicitly. A component that touches Smack's global registries (providers in
 * its activate, parsing stanzas) before any account has connected calls
 * {@link #start()} first.
 */
public final class SmackRuntime {

    private SmackRuntime() {
    }

    /** Starts Smack the way the core does, once; cheap afterwards. */
    public static void start() {
        SmackBootstrap.ensureStarted();
    }
}
