package org.causerie.whiteboard.internal;

import org.causerie.core.spi.SmackRuntime;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxeProvider;
import org.jivesoftware.smack.provider.ProviderManager;

/** The {@code <sxe/>} provider, in Smack's global registry only while this bundle runs. */
final class Providers {

    private final SxeProvider provider;
    private boolean registered;

    Providers(WhiteboardLimits limits) {
        provider = new SxeProvider(limits);
    }

    /** Idempotent. */
    synchronized void register() {
        if (registered) {
            return;
        }
        registered = true;
        SmackRuntime.start();
        ProviderManager.addExtensionProvider(SxeElement.ELEMENT, SxeElement.NAMESPACE, provider);
    }

    synchronized void limits(WhiteboardLimits limits) {
        provider.limits(limits);
    }

    synchronized void unregister() {
        if (registered) {
            registered = false;
            ProviderManager.removeExtensionProvider(SxeElement.ELEMENT, SxeElement.NAMESPACE);
        }
    }
}
