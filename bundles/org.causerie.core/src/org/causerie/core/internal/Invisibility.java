package org.causerie.core.internal;

import java.util.List;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.privacy.PrivacyListManager;
import org.jivesoftware.smackx.privacy.packet.PrivacyItem;

/**
 * Makes a session invisible and visible again. XEP-0186 where the server
 * advertises it; otherwise XEP-0126 (a privacy list that blocks all outgoing
 * presence, made active for this session only); otherwise the session refuses,
 * rather than pretending (docs/presence.md).
 */
final class Invisibility {

    static final String PRIVACY_LIST = "causerie-invisible";

    enum Method { XEP_0186, XEP_0126, NONE }

    private Invisibility() {
    }

    static Method method(XMPPConnection connection) throws SmackException, XMPPException, InterruptedException {
        ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
        if (disco.serverSupportsFeature(InvisibleCommand.NAMESPACE)) {
            return Method.XEP_0186;
        }
        if (PrivacyListManager.getInstanceFor(connection).isSupported()) {
            return Method.XEP_0126;
        }
        return Method.NONE;
    }

    /**
     * Hides the session; the caller then sends available presence, which the server withholds.
     *
     * @param wasVisible whether available presence was broadcast before
     */
    static void hide(XMPPConnection connection, Method method, boolean wasVisible)
            throws SmackException, XMPPException, InterruptedException {
        switch (method) {
            case XEP_0186 -> connection.sendIqRequestAndWaitForResponse(new InvisibleCommand(true));
            case XEP_0126 -> {
                // XEP-0126 §3.1: the server does not retract presence when a list becomes
                // active, so go unavailable first, then activate the blocking list.
                if (wasVisible) {
                    connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza()
                            .ofType(org.jivesoftware.smack.packet.Presence.Type.unavailable).build());
                }
                PrivacyListManager privacy = PrivacyListManager.getInstanceFor(connection);
                PrivacyItem blockPresenceOut = new PrivacyItem(false, 1);
                blockPresenceOut.setFilterPresenceOut(true);
                privacy.updatePrivacyList(PRIVACY_LIST, List.of(blockPresenceOut));
                privacy.setActiveListName(PRIVACY_LIST);
            }
            case NONE -> throw new UnsupportedOperationException(
                    "the server supports neither XEP-0186 nor privacy lists: invisibility impossible");
        }
    }

    /** Shows the session again; the caller then sends its presence. */
    static void show(XMPPConnection connection, Method method)
            throws SmackException, XMPPException, InterruptedException {
        switch (method) {
            case XEP_0186 -> connection.sendIqRequestAndWaitForResponse(new InvisibleCommand(false));
            case XEP_0126 -> PrivacyListManager.getInstanceFor(connection).declineActiveList();
            case NONE -> {
                // nothing was hidden
            }
        }
    }
}
