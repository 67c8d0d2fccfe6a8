package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.account;
import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import javax.net.ssl.SSLContext;

import org.causerie.core.Encryption;
import org.causerie.core.XmppSession;
import org.causerie.core.internal.CipherSuites;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Causerie offers ChaCha20-Poly1305 first (fast without C2's AES intrinsics), keeps
 * every other suite in the JDK's order, and says what the server chose.
 */
@ExtendWith(EjabberdExtension.class)
class EncryptionTest {

    @Test
    void chaChaMovesJustBeforeTheFirstSuiteOfItsKeyExchange() {
        String[] jdk = { "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_EMPTY_RENEGOTIATION_INFO_SCSV" };

        assertArrayEquals(new String[] { "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
            "TLS_EMPTY_RENEGOTIATION_INFO_SCSV" }, CipherSuites.chaChaFirst(jdk));
    }

    @Test
    void theJdksOwnListLosesAndGainsNothing() throws Exception {
        String[] jdk = SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites();
        String[] offered = CipherSuites.chaChaFirst(jdk);

        assertEquals(Arrays.stream(jdk).sorted().toList(), Arrays.stream(offered).sorted().toList());
        assertEquals("TLS_CHACHA20_POLY1305_SHA256", offered[0]);
    }

    @Test
    void theSessionSaysItsServerChoseChaCha20(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        XmppSession session = connect(account(server, alice).build(), alice.password());
        try {
            // ejabberd (OpenSSL) follows the client's order unless told otherwise
            assertEquals(new Encryption("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256"), session.encryption().orElseThrow());
        } finally {
            await(accounts().disconnect(session.account().id()));
        }
    }
}
