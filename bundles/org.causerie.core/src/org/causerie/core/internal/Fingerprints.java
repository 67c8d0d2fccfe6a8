package org.causerie.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import org.causerie.core.CertificateInfo;

/** SHA-256 fingerprints of certificates, as pinned and shown to users. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    static CertificateInfo describe(X509Certificate certificate) {
        return new CertificateInfo(sha256(certificate), certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getNotAfter().toInstant());
    }
}
