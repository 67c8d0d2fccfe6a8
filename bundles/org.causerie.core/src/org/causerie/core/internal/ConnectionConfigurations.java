package org.causerie.core.internal;

import org.causerie.core.Account;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Turns an {@link Account} into Smack's connection configuration. The password
 * is not in it: the configuration is reachable from the connection, which XEP
 * implementers and plugins get through {@code SmackSession.connection()}; the
 * session controller passes the password to each login instead
 * (docs/plugins.md, "What a plugin can reach").
 */
final class ConnectionConfigurations {

    static final int CONNECT_TIMEOUT_MS = 15_000;

    private ConnectionConfigurations() {
    }

    static XMPPTCPConnectionConfiguration of(Account account, Endpoint endpoint, PinningTrustManager trust)
            throws XmppStringprepException {
        XMPPTCPConnectionConfiguration.Builder builder = XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(account.domain())
                .setUsernameAndPassword(account.localpart(), null)
                .setResource(account.resource())
                .setHostAddress(endpoint.address())
                .setPort(endpoint.port())
                .setSecurityMode(securityMode(account))
                .setCustomX509TrustManager(trust)
                .setHostnameVerifier(new PinningHostnameVerifier(trust))
                .setSocketFactory(new NoDelaySocketFactory())
                .setSendPresence(false)
                .setCompressionEnabled(false)
                .setConnectTimeout(CONNECT_TIMEOUT_MS);
        if (CipherSuites.ours()) {
            builder.setSslContextFactory(OrderedTlsContext::create);
        }
        return builder.build();
    }

    private static SecurityMode securityMode(Account account) {
        return switch (account.tlsPolicy()) {
            case REQUIRED -> SecurityMode.required;
            case IF_POSSIBLE -> SecurityMode.ifpossible;
            case DISABLED -> SecurityMode.disabled;
        };
    }
}
