package org.causerie.muc.internal;

import org.causerie.core.spi.SmackRuntime;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.bookmarks.Bookmarks;
import org.jivesoftware.smackx.iqprivate.PrivateDataManager;
import org.jivesoftware.smackx.iqprivate.provider.PrivateDataProvider;

/**
 * The Smack providers this bundle adds while it runs: Smack's registry is
 * global, so they are removed on stop, and the one replaced is put back.
 */
final class Providers {

    private ExtensionElementProvider<?> replacedInvitation;
    private PrivateDataProvider replacedBookmarks;

    private boolean registered;

    /** Idempotent. */
    synchronized void register() {
        if (registered) {
            return;
        }
        registered = true;
        SmackRuntime.start();
        ProviderManager.addExtensionProvider(ConferenceElement.ELEMENT, ConferenceElement.NAMESPACE,
                ConferenceElement.Provider.INSTANCE);
        replacedInvitation = ProviderManager.getExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE);
        ProviderManager.addExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE,
                DirectInvitation.Provider.INSTANCE);
        // XEP-0048 storage is parsed by the private data registry (Smack registers it only
        // when its BookmarkManager class loads).
        replacedBookmarks = PrivateDataManager.getPrivateDataProvider(PrivateBookmarks.ELEMENT,
                PrivateBookmarks.NAMESPACE);
        PrivateDataManager.addPrivateDataProvider(PrivateBookmarks.ELEMENT, PrivateBookmarks.NAMESPACE,
                new Bookmarks.Provider());
    }

    synchronized void unregister() {
        if (!registered) {
            return;
        }
        registered = false;
        ProviderManager.removeExtensionProvider(ConferenceElement.ELEMENT, ConferenceElement.NAMESPACE);
        ProviderManager.removeExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE);
        PrivateDataManager.removePrivateDataProvider(PrivateBookmarks.ELEMENT, PrivateBookmarks.NAMESPACE);
        if (replacedBookmarks != null) {
            PrivateDataManager.addPrivateDataProvider(PrivateBookmarks.ELEMENT, PrivateBookmarks.NAMESPACE,
                    replacedBookmarks);
        }
        if (replacedInvitation != null) {
            ProviderManager.addExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE,
                    replacedInvitation);
        }
    }
}
