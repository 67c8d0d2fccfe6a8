package org.causerie.muc.internal;

import org.causerie.core.spi.SmackRuntime;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.provider.ProviderManager;

/**
 * The Smack providers this bundle adds while it runs: Smack's registry is
 * global, so they are removed on stop, and the one replaced is put back.
 */
final class Providers {

    private ExtensionElementProvider<?> replacedInvitation;

    void register() {
        SmackRuntime.start();
        ProviderManager.addExtensionProvider(ConferenceElement.ELEMENT, ConferenceElement.NAMESPACE,
                ConferenceElement.Provider.INSTANCE);
        replacedInvitation = ProviderManager.getExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE);
        ProviderManager.addExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE,
                DirectInvitation.Provider.INSTANCE);
    }

    void unregister() {
        ProviderManager.removeExtensionProvider(ConferenceElement.ELEMENT, ConferenceElement.NAMESPACE);
        ProviderManager.removeExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE);
        if (replacedInvitation != null) {
            ProviderManager.addExtensionProvider(DirectInvitation.ELEMENT, DirectInvitation.NAMESPACE,
                    replacedInvitation);
        }
    }
}
