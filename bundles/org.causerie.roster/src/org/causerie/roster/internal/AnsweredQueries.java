package org.causerie.roster.internal;

import java.util.Set;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.iqversion.VersionManager;
import org.jivesoftware.smackx.time.EntityTimeManager;

/**
 * The queries this bundle answers for the user's contacts while it is active:
 * software version (XEP-0092) and entity time (XEP-0202).
 *
 * <p>Smack 4.4.8 creates both managers on every connection (they are startup
 * classes of smack-extensions): VersionManager always advertises
 * {@code jabber:iq:version} but answers {@code not-acceptable} until a version is
 * set; EntityTimeManager advertises and answers {@code urn:xmpp:time} unless
 * disabled. Here both are switched on when a session joins and off when it leaves;
 * the core's feature registry removes the disco features when this contribution goes.
 */
final class AnsweredQueries {

    static final String VERSION_FEATURE = "jabber:iq:version";
    static final String TIME_FEATURE = "urn:xmpp:time";
    static final Set<String> FEATURES = Set.of(VERSION_FEATURE, TIME_FEATURE);
    static final Set<String> XEPS = Set.of("XEP-0092", "XEP-0202");

    /** The name this client gives (XEP-0092 §2); the operating system is not disclosed (§5). */
    static final String CLIENT_NAME = "Causerie";

    private AnsweredQueries() {
    }

    static void enable(XMPPConnection connection, String version) {
        // Otherwise Smack appends " (Smack 4.4.8 ...)" to the name it sends.
        VersionManager.setAutoAppendSmackVersion(false);
        VersionManager.getInstanceFor(connection).setVersion(CLIENT_NAME, version);
        EntityTimeManager.getInstanceFor(connection).enable();
    }

    static void disable(XMPPConnection connection) {
        VersionManager.getInstanceFor(connection).unsetVersion();
        EntityTimeManager.getInstanceFor(connection).disable();
    }
}
