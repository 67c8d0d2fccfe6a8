package org.causerie.testing;

import java.util.Map;

/**
 * What tests need of any private XMPP server of this harness ({@link EjabberdServer},
 * {@link ProsodyServer}): where to connect, which certificate to pin, and a way to
 * register accounts ({@link TestAccounts}).
 */
public interface TestServer {

    /** @return the XMPP domain served, {@code localhost} */
    String domain();

    /** @return the loopback address the server listens on */
    String host();

    /** @return the client port that offers and requires STARTTLS */
    int c2sPort();

    /** @return the MUC service domain, {@code conference.localhost} */
    default String mucDomain() {
        return "conference." + domain();
    }

    /** @return the SHA-256 of the server's DER certificate, lowercase hex, no colons */
    String certificateSha256();

    /**
     * Registers all accounts (user name to password).
     *
     * @throws RuntimeException naming every account that could not be registered
     */
    void registerAll(Map<String, String> accounts);

    /** @return whether the server is running (a test may have stopped it) */
    boolean isRunning();

    /** Starts the server again with the same configuration and data. */
    void restart();

    /** Stops the server; nothing of it keeps running. */
    void stop();
}
