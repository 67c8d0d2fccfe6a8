package org.causerie.filetransfer;

/** How a file travels; a transfer's outcome names the one that carried it. */
public enum TransferMethod {
    /** SOCKS5 bytestream (XEP-0065) straight to the sender's own stream host. */
    SOCKS5_DIRECT,
    /** SOCKS5 bytestream through a proxy (the server's proxy65 or a configured one). */
    SOCKS5_PROXY,
    /** In-band bytestream (XEP-0047): base64 blocks through the XMPP server. */
    IBB,
    /** HTTP upload (XEP-0363); the receiver gets the link as out-of-band data (XEP-0066). */
    HTTP_UPLOAD
}
