package org.causerie.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Instant;

import javax.net.ssl.SSLHandshakeException;

import org.causerie.core.CertificateInfo;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionError.Kind;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

    @Test
    void networkFailuresAreTellable() {
        assertEquals(Kind.UNKNOWN_HOST, ErrorClassifier.classify(new UnknownHostException("x.invalid")).kind());
        assertEquals(Kind.CONNECTION_REFUSED, ErrorClassifier.classify(new ConnectException("refused")).kind());
        assertEquals(Kind.TIMEOUT, ErrorClassifier.classify(new SocketTimeoutException()).kind());
        assertEquals(Kind.OTHER, ErrorClassifier.classify(new IllegalStateException("?")).kind());
    }

    @Test
    void tlsHandshakeFailureIsNotATrustQuestion() {
        assertEquals(Kind.TLS_FAILURE, ErrorClassifier.classify(new SSLHandshakeException("no cipher")).kind());
    }

    @Test
    void untrustedCertificateDeepInTheChainWinsAndCarriesTheCertificate() {
        CertificateInfo info = new CertificateInfo("ab".repeat(32), "CN=x", "CN=x", Instant.EPOCH);
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new UntrustedCertificateException(info, "self-signed", null));

        ConnectionError error = ErrorClassifier.classify(new RuntimeException(handshake));

        assertEquals(Kind.UNTRUSTED_CERTIFICATE, error.kind());
        assertEquals(info, error.certificate().orElseThrow());
    }

    @Test
    void onlyTransientFailuresAreRetried() {
        assertEquals(false, Kind.WRONG_PASSWORD.isTransient());
        assertEquals(false, Kind.RESOURCE_CONFLICT.isTransient());
        assertEquals(false, Kind.UNTRUSTED_CERTIFICATE.isTransient());
        assertEquals(true, Kind.CONNECTION_REFUSED.isTransient());
    }
}
