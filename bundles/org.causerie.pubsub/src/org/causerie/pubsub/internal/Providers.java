package org.causerie.pubsub.internal;

import org.causerie.core.spi.SmackRuntime;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.pubsub.EventElement;
import org.jivesoftware.smackx.pubsub.provider.EventProvider;
import org.jivesoftware.smackx.pubsub.provider.ItemProvider;

/**
 * Replaces Smack's pubsub item provider with {@link PublisherItemProvider} and its
 * event provider with {@link TolerantEventProvider} while the bundle is active and puts Smack's back when it stops: Smack's registry is
 * global and a leftover provider would point into an uninstalled class loader.
 */
final class Providers {

    private static final String ELEMENT = "item";
    private static final String[] NAMESPACES = {"http://jabber.org/protocol/pubsub",
        "http://jabber.org/protocol/pubsub#event"};

    private boolean registered;

    synchronized void register() {
        if (registered) {
            return;
        }
        SmackRuntime.start();
        PublisherItemProvider provider = new PublisherItemProvider();
        for (String namespace : NAMESPACES) {
            ProviderManager.addExtensionProvider(ELEMENT, namespace, provider);
        }
        ProviderManager.addExtensionProvider(EventElement.ELEMENT, EventElement.NAMESPACE,
                new TolerantEventProvider());
        registered = true;
    }

    synchronized void unregister() {
        if (!registered) {
            return;
        }
        for (String namespace : NAMESPACES) {
            ProviderManager.removeExtensionProvider(ELEMENT, namespace);
            ProviderManager.addExtensionProvider(ELEMENT, namespace, new ItemProvider());
        }
        ProviderManager.removeExtensionProvider(EventElement.ELEMENT, EventElement.NAMESPACE);
        ProviderManager.addExtensionProvider(EventElement.ELEMENT, EventElement.NAMESPACE, new EventProvider());
        registered = false;
    }
}
