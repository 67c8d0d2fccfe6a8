package org.causerie.bench;

import java.net.InetAddress;

import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.mam.MamManager;
import org.jivesoftware.smackx.mam.element.MamPrefsIQ;

/**
 * Raw Smack 4.4.8 connections as an application would open them: Smack's
 * defaults (STARTTLS required, stream management with resumption, initial
 * presence) plus TCP_NODELAY, the harness's certificate pinned like Causerie
 * pins it. Shared by the benchmarks.
 */
public final class RawConnections {

    private RawConnections() {
    }

    /** @return a connection to the harness's server, not yet connected */
    public static XMPPTCPConnection create(EjabberdServer server, TestAccount user, String resource)
            throws Exception {
        return new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(server.domain())
                .setUsernameAndPassword(user.user(), user.password())
                .setResource(resource)
                .setHostAddress(InetAddress.getByName(server.host()))
                .setPort(server.c2sPort())
                .setCustomX509TrustManager(new PinnedTrust(server.certificateSha256()))
                .setHostnameVerifier((host, session) -> true) // the pin above is the check
                .setSocketFactory(new NoDelaySockets())
                .build());
    }

    /** Sets a user's message archiving default (XEP-0313 preferences) on the server. */
    public static void archiving(EjabberdServer server, TestAccount user, MamPrefsIQ.DefaultBehavior behavior)
            throws Exception {
        XMPPTCPConnection connection = create(server, user, "bench-prefs");
        connection.connect().login();
        try {
            MamManager.getInstanceFor(connection).setDefaultBehavior(behavior);
        } finally {
            connection.disconnect();
        }
    }
}
