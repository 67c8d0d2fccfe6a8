package org.causerie.core.internal;

import java.util.Optional;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;

import org.causerie.core.Encryption;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.java7.XmppHostnameVerifier;

/**
 * RFC 6125 name checks (Smack's XMPP verifier) for validated certificates. A
 * pinned certificate is identified by its fingerprint alone: the user trusted
 * that exact certificate for that account, whatever names it carries. It is
 * called once per TLS handshake, so it also keeps what that handshake chose.
 */
final class PinningHostnameVerifier implements HostnameVerifier {

    private final PinningTrustManager trust;
    private final HostnameVerifier names = new XmppHostnameVerifier();
    private volatile Optional<Encryption> negotiated = Optional.empty();

    PinningHostnameVerifier(PinningTrustManager trust) {
        this.trust = trust;
    }

    @Override
    public boolean verify(String hostname, SSLSession session) {
        negotiated = Optional.of(new Encryption(session.getProtocol(), session.getCipherSuite()));
        return trust.pinMatched() || names.verify(hostname, session);
    }

    /** @return what the last handshake of a connection made with this verifier negotiated, else empty */
    static Optional<Encryption> negotiated(AbstractXMPPConnection connection) {
        return connection.isSecureConnection()
                && connection.getConfiguration().getHostnameVerifier() instanceof PinningHostnameVerifier names
                        ? names.negotiated : Optional.empty();
    }
}
