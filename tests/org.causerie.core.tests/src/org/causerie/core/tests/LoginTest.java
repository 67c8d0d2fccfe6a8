package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.account;
import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.causerie.core.Account;
import org.causerie.core.ConnectionState;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

@ExtendWith(EjabberdExtension.class)
class LoginTest {

    @Test
    void connectingRegistersASessionServiceAndDisconnectingRemovesIt(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account account = account(server, alice).build();

        XmppSession session = connect(account, alice.password());

        assertEquals(ConnectionState.CONNECTED, session.state());
        assertEquals(alice.jid() + "/" + account.resource(), session.boundJid());
        ServiceReference<?>[] published = sessionServices(account);
        assertNotNull(published, "an XmppSession service is registered");
        assertEquals(1, published.length);
        assertEquals(session.boundJid(), published[0].getProperty(XmppSession.BOUND_JID));
        assertEquals(session.boundJid(), accounts().status(account.id()).boundJid().orElseThrow());

        await(accounts().disconnect(account.id()));

        assertNull(sessionServices(account), "the session service is gone after disconnect");
        assertEquals(ConnectionState.DISCONNECTED, accounts().status(account.id()).state());
    }

    @Test
    void storedAccountConnectsWithItsPasswordFromSecureStorageOnly(EjabberdServer server) throws Exception {
        TestAccount bob = TestAccounts.fresh(server, "bob");
        Account account = account(server, bob).autoConnect(true).build();
        accounts().save(account, bob.password().toCharArray());
        try {
            assertTrue(accounts().hasPassword(account.id()));
            assertEquals(account, accounts().account(account.id()).orElseThrow());

            XmppSession session = await(accounts().connect(account.id()));
            assertEquals(ConnectionState.CONNECTED, session.state());
            await(accounts().disconnect(account.id()));

            Location workspace = context().getService(context().getServiceReferences(Location.class,
                    "(type=osgi.instance.area)").iterator().next());
            assertNoFileContains(Path.of(workspace.getURL().toURI()), bob.password());
        } finally {
            accounts().remove(account.id());
        }
        assertFalse(accounts().hasPassword(account.id()));
        assertTrue(accounts().account(account.id()).isEmpty());
    }

    private static ServiceReference<?>[] sessionServices(Account account) throws InvalidSyntaxException {
        return context().getServiceReferences(XmppSession.class.getName(),
                "(" + XmppSession.ACCOUNT_ID + "=" + account.id() + ")");
    }

    /** Preferences, secure storage and everything else in the workspace hold no clear-text password. */
    private static void assertNoFileContains(Path root, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(new String(needle, StandardCharsets.ISO_8859_1)),
                        () -> "password in clear text in " + file);
            }
        }
    }
}
