package org.causerie.core.internal;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Validates server certificates against the JDK's trust store, and accepts
 * exactly one extra certificate per account: the one whose SHA-256 fingerprint
 * the user pinned (trust on first use). Anything else that does not validate is
 * refused with its fingerprint, so the user can decide.
 */
final class PinningTrustManager implements X509TrustManager {

    private final X509TrustManager system;
    private final Optional<String> pinned;
    private volatile boolean pinMatched;

    PinningTrustManager(Optional<String> pinnedSha256) {
        this.system = SystemTrust.MANAGER;
        this.pinned = pinnedSha256;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("server sent no certificate");
        }
        X509Certificate leaf = chain[0];
        if (pinned.isPresent() && pinned.get().equals(Fingerprints.sha256(leaf))) {
            leaf.checkValidity();
            pinMatched = true;
            return;
        }
        pinMatched = false;
        try {
            system.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            String reason = pinned.isPresent() ? "differs from the pinned certificate" : e.getMessage();
            throw new UntrustedCertificateException(Fingerprints.describe(leaf), reason, e);
        }
    }

    /** @return whether the last checked certificate was accepted because it is pinned */
    boolean pinMatched() {
        return pinMatched;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates are not checked by Causerie");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    /** The JDK's trust manager, built once: building it parses the whole trust store (~ms per connect). */
    private static final class SystemTrust {
        static final X509TrustManager MANAGER = systemTrustManager();

        private SystemTrust() {
        }
    }

    private static X509TrustManager systemTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK has no X509 trust manager");
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("cannot load the JDK trust store", e);
        }
    }
}
