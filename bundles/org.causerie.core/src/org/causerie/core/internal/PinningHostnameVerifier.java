package org.causerie.core.internal;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;

import org.jivesoftware.smack.java7.XmppHostnameVerifier;

/**
 * RFC 6125 name checks (Smack's XMPP verifier) for validated certificates. A
 * pinned certificate is identified by its fingerprint alone: the user trusted
 * that exact certificate for that account, whatever names it carries.
 */
final class PinningHostnameVerifier implements HostnameVerifier {

    private final PinningTrustManager trust;
    private final HostnameVerifier names = new XmppHostnameVerifier();

    PinningHostnameVerifier(PinningTrustManager trust) {
        this.trust = trust;
    }

    @Override
    public boolean verify(String hostname, SSLSession session) {
        return trust.pinMatched() || names.verify(hostname, session);
    }
}
