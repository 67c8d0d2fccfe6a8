package org.causerie.core;

/**
 * How the stream to the server is protected, as negotiated by the last TLS
 * handshake of the connection.
 *
 * @param protocol the TLS version, e.g. {@code TLSv1.3}
 * @param cipherSuite the cipher suite, e.g. {@code TLS_CHACHA20_POLY1305_SHA256}
 */
public record Encryption(String protocol, String cipherSuite) {
}
