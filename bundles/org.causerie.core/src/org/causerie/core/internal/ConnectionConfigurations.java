package org.causerie.core.internal;

import org.causerie.core.Account;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.stringprep.XmppStringprepException;

/** Turns an {@link Account} into Smack's connection configuration. */
final class ConnectionConfigurations {

    static final int CONNECT_TIMEOUT_MS = 15_000;

    private ConnectionConfigurations() {
    }

    static XMPPTCPConnectionConfiguration of(Account account, char[] password, Endpoint endpoint,
            PinningTrustManager trust) throws XmppStringprepException {
        return XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(account.domain())
                .setUsernameAndPassword(account.localpart(), new String(password))
                .setResource(account.resource())
                .setHostAddress(endpoint.address())
                .setPort(endpoint.port())
                .setSecurityMode(securityMode(account))
                .setCustomX509TrustManager(trust)
                .setHostnameVerifier(new PinningHostnameVerifier(trust))
                .setSocketFactory(new NoDelaySocketFactory())
                .setSendPresence(false)
                .setCompressionEnabled(false)
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .build();
    }

    private static SecurityMode securityMode(Account account) {
        return switch (account.tlsPolicy()) {
            case REQUIRED -> SecurityMode.required;
            case IF_POSSIBLE -> SecurityMode.ifpossible;
            case DISABLED -> SecurityMode.disabled;
        };
    }
}
