package org.causerie.filetransfer.tests;

import static org.causerie.filetransfer.tests.Fixture.failure;
import static org.causerie.filetransfer.tests.Fixture.randomFile;
import static org.causerie.filetransfer.tests.Fixture.service;
import static org.causerie.filetransfer.tests.Fixture.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferService.Transfer;
import org.causerie.filetransfer.FileTransferSettings;
import org.causerie.filetransfer.SendRequest;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stream initiation (XEP-0096) by each method alone, the fallback chain, and the local port setting. */
@ExtendWith(EjabberdExtension.class)
class StreamMethodsTest {

    static final int SIZE = 300 * 1024 + 7;

    @ParameterizedTest
    @EnumSource(value = TransferMethod.class, names = {"SOCKS5_DIRECT", "SOCKS5_PROXY", "IBB"})
    void eachMethodAloneCarriesTheFileIntact(TransferMethod method, EjabberdServer server, @TempDir Path dir)
            throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            Path source = randomFile(dir, "report " + method + ".bin", SIZE);
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            Transfer sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(), source).only(method));
            FileOffer offer = bobOffers.next();
            assertEquals(source.getFileName().toString(), offer.fileName());
            assertEquals(SIZE, offer.size().orElseThrow());
            assertTrue(offer.from().startsWith(users.get(0).jid() + "/"), offer.from());
            Transfer received = service().accept(offer.id(), AcceptRequest.into(inbox));

            TransferInfo in = Waiting.await(received.outcome());
            TransferInfo out = Waiting.await(sent.outcome());
            assertEquals(TransferState.COMPLETED, in.state());
            assertEquals(TransferState.COMPLETED, out.state());
            assertEquals(Optional.of(method), in.method(), "receiver's method");
            assertEquals(Optional.of(method), out.method(), "sender's method");
            Path saved = in.file().orElseThrow();
            assertEquals(inbox.resolve(source.getFileName()), saved);
            assertEquals(sha256(source), sha256(saved), "content");
            assertEquals(SIZE, in.transferred());
            assertEquals(List.of(saved), Files.list(inbox).toList(), "only the file, no partial left");
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void aProxyThatFailsFallsBackToInBand(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        FileTransferSettings before = service().settings();
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id());
                ServerSocket closed = new ServerSocket(0)) {
            int deadPort = closed.getLocalPort();
            closed.close();
            service().configure(before.withProxy(alice.account().id(),
                    "proxy.nowhere.example 127.0.0.1:" + deadPort));
            Path source = randomFile(dir, "fallback.bin", SIZE);
            Transfer sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(), source)
                    .only(TransferMethod.SOCKS5_PROXY, TransferMethod.IBB));
            Transfer received = service().accept(bobOffers.next().id(), AcceptRequest.into(dir.resolve("in")));
            TransferInfo in = Waiting.await(received.outcome());
            assertEquals(Optional.of(TransferMethod.IBB), Waiting.await(sent.outcome()).method());
            assertEquals(Optional.of(TransferMethod.IBB), in.method());
            assertEquals(sha256(source), sha256(in.file().orElseThrow()));
        } finally {
            service().configure(before);
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void aTakenLocalPortIsReplacedByAFreeOne(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        FileTransferSettings before = service().settings();
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id());
                ServerSocket taken = new ServerSocket(0)) {
            service().configure(before.withLocalPort(taken.getLocalPort()));
            Path source = randomFile(dir, "port.bin", SIZE);
            Transfer sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(), source)
                    .only(TransferMethod.SOCKS5_DIRECT));
            Transfer received = service().accept(bobOffers.next().id(), AcceptRequest.into(dir.resolve("in")));
            assertEquals(Optional.of(TransferMethod.SOCKS5_DIRECT), Waiting.await(received.outcome()).method());
            Waiting.await(sent.outcome());
            int used = service().localStreamHostPort().orElseThrow();
            assertNotEquals(taken.getLocalPort(), used);
            assertFalse(taken.isClosed());
        } finally {
            service().configure(before);
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void aBareJidOrAMissingFileFailsClearly(EjabberdServer server, @TempDir Path dir) throws IOException {
        TestAccount user = TestAccounts.fresh(server, "alice");
        XmppSession alice = Sessions.connect(server, user);
        try {
            Path source = randomFile(dir, "x.bin", 10);
            failure(service().send(SendRequest.of(alice.account().id(), user.jid(), source)).outcome(),
                    TransferError.UNKNOWN);
            failure(service().send(SendRequest.of(alice.account().id(), alice.boundJid(), dir.resolve("missing")))
                    .outcome(), TransferError.UNREADABLE);
            failure(service().send(SendRequest.of("no-such-account", alice.boundJid(), source)).outcome(),
                    TransferError.NOT_CONNECTED);
        } finally {
            Sessions.disconnect(alice);
        }
    }
}
