package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.account;
import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.eventually;
import static org.causerie.core.tests.CoreFixture.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;

import org.causerie.core.Account;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionError.Kind;
import org.causerie.core.ConnectionState;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every failure the issue names gets its own, distinct error. */
@ExtendWith(EjabberdExtension.class)
class ConnectionErrorsTest {

    @Test
    void wrongPassword(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account account = account(server, alice).build();
        failure(accounts().connect(account, "not-the-password".toCharArray()), Kind.WRONG_PASSWORD);
        assertEquals(ConnectionState.FAILED, accounts().status(account.id()).state());
        // a wrong password never locks the address out (no fail2ban): the right one works next
        XmppSession session = connect(account, alice.password());
        assertEquals(ConnectionState.CONNECTED, session.state());
        await(accounts().disconnect(account.id()));
    }

    @Test
    void unknownHost(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account account = account(server, alice).host("no-such-host.invalid").build();
        failure(accounts().connect(account, alice.password().toCharArray()), Kind.UNKNOWN_HOST);
    }

    @Test
    void connectionRefused(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Account account = account(server, alice).port(closedPort).build();
        failure(accounts().connect(account, alice.password().toCharArray()), Kind.CONNECTION_REFUSED);
    }

    @Test
    void untrustedCertificateIsRefusedWithItsFingerprint(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account account = account(server, alice).pinnedCertificate(null).build();
        ConnectionError error = failure(accounts().connect(account, alice.password().toCharArray()),
                Kind.UNTRUSTED_CERTIFICATE);
        assertEquals(server.certificateSha256(), error.certificate().orElseThrow().sha256());
    }

    @Test
    void serverWithoutStartTlsIsRefusedWhenTlsIsRequired(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account account = account(server, alice).port(server.plainC2sPort()).build();
        failure(accounts().connect(account, alice.password().toCharArray()), Kind.TLS_NOT_SUPPORTED);
    }

    @Test
    void tlsHandshakeFailureIsNotReportedAsATrustQuestion(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account account = Account.builder(alice.user() + "@" + server.legacyTlsDomain()).host(server.host())
                .port(server.c2sPort()).pinnedCertificate(server.certificateSha256()).build();
        ConnectionError error = failure(accounts().connect(account, alice.password().toCharArray()),
                Kind.TLS_FAILURE);
        assertTrue(error.certificate().isEmpty());
    }

    @Test
    void resourceConflictEndsTheOlderSessionWithoutReconnecting(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account first = account(server, alice).resource("desk").build();
        Account second = account(server, alice).resource("desk").build();
        connect(first, alice.password());

        XmppSession newer = connect(second, alice.password());

        eventually("the older session fails", () -> accounts().status(first.id()).state() == ConnectionState.FAILED);
        assertEquals(Kind.RESOURCE_CONFLICT, accounts().status(first.id()).error().orElseThrow().kind());
        assertEquals(ConnectionState.CONNECTED, newer.state());
        await(accounts().disconnect(second.id()));
    }

    @Test
    void connectingAnAccountTwiceSaysItIsAlreadyConnected(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account account = account(server, alice).build();
        connect(account, alice.password());
        failure(accounts().connect(account, alice.password().toCharArray()), Kind.ALREADY_CONNECTED);
        assertTrue(accounts().session(account.id()).isPresent(), "the first session is untouched");
        await(accounts().disconnect(account.id()));
    }
}
