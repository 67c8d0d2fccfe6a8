package org.causerie.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a connection attempt failed or a connected session ended.
 *
 * @param kind the class of failure, each one distinct for the user
 * @param detail technical detail (never contains a password)
 * @param certificate the refused certificate, for {@link Kind#UNTRUSTED_CERTIFICATE}
 */
public record ConnectionError(Kind kind, String detail, Optional<CertificateInfo> certificate) {

    /** The failures a user can tell apart and act on. */
    public enum Kind {
        /** SASL said not-authorized (RFC 6120 §6.5.10). Retrying will not help. */
        WRONG_PASSWORD(false),
        /** The server host name does not resolve. */
        UNKNOWN_HOST(true),
        /** Nothing listens on the server's port. */
        CONNECTION_REFUSED(true),
        /** The TLS handshake failed for a reason other than trust. */
        TLS_FAILURE(true),
        /** The certificate does not validate and is not pinned for this account. */
        UNTRUSTED_CERTIFICATE(false),
        /** TLS is required but the server does not offer STARTTLS. */
        TLS_NOT_SUPPORTED(false),
        /** Another client bound the same resource and the server closed this stream. */
        RESOURCE_CONFLICT(false),
        /** This account is already connected or connecting. */
        ALREADY_CONNECTED(false),
        /** The server did not answer in time. */
        TIMEOUT(true),
        /** The network link broke (reset, closed, cut off mid-stream). */
        CONNECTION_LOST(true),
        /** The stream ended with an error from the server. */
        STREAM_ERROR(true),
        /** Anything else. */
        OTHER(true);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** @return whether an automatic retry may succeed without the user changing anything */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    public ConnectionError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(certificate, "certificate");
        detail = detail == null ? "" : detail;
    }

    /** @return an error without certificate */
    public static ConnectionError of(Kind kind, String detail) {
        return new ConnectionError(kind, detail, Optional.empty());
    }
}
