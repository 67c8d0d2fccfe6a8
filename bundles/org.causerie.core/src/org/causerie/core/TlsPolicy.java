package org.causerie.core;

/**
 * How an account uses TLS on its client-to-server stream (RFC 6120 §5).
 */
public enum TlsPolicy {
    /** STARTTLS is required; a server that does not offer it is refused. The default. */
    REQUIRED,
    /** STARTTLS when the server offers it, plain text otherwise. */
    IF_POSSIBLE,
    /** Never negotiate TLS (loopback test servers only). */
    DISABLED
}
