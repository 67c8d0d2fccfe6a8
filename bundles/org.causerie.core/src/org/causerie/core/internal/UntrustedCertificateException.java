package org.causerie.core.internal;

import java.security.cert.CertificateException;

import org.causerie.core.CertificateInfo;

/** Thrown by {@link PinningTrustManager}; carries what the user needs to decide. */
final class UntrustedCertificateException extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final transient CertificateInfo certificate;

    UntrustedCertificateException(CertificateInfo certificate, String reason, Throwable cause) {
        super("untrusted certificate " + certificate.displayFingerprint() + " (" + reason + ")", cause);
        this.certificate = certificate;
    }

    CertificateInfo certificate() {
        return certificate;
    }
}
