package org.causerie.filetransfer.tests;

import static org.causerie.filetransfer.tests.Fixture.failure;
import static org.causerie.filetransfer.tests.Fixture.randomFile;
import static org.causerie.filetransfer.tests.Fixture.service;
import static org.causerie.filetransfer.tests.Fixture.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.ExistingFile;
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

/** The receiver's decisions: decline, an existing file, the size limit, and cancelling on either side. */
@ExtendWith(EjabberdExtension.class)
class DecisionsTest {

    /** Cancel tests need a transfer still running when the cancel lands: IBB blocks are acknowledged one by one. */
    static final int LARGE = 8 * 1024 * 1024;

    @Test
    void declineTellsTheSender(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            Transfer sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(),
                    randomFile(dir, "unwanted.bin", 1000)));
            FileOffer offer = bobOffers.next();
            Waiting.await(service().decline(offer.id()));
            failure(sent.outcome(), TransferError.DECLINED);
            assertEquals(TransferState.DECLINED, service().transfer(sent.id()).orElseThrow().state());
            assertEquals(TransferState.DECLINED, service().transfer(offer.id()).orElseThrow().state());
            failure(service().accept(offer.id(), AcceptRequest.into(dir)).outcome(), TransferError.UNKNOWN);
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void anExistingFileIsNeverReplacedUnasked(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            byte[] mine = "precious".getBytes();
            Files.write(inbox.resolve("same.bin"), mine);
            Path source = randomFile(dir, "same.bin", 5000);
            Transfer sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(), source));
            FileOffer offer = bobOffers.next();
            failure(service().accept(offer.id(), AcceptRequest.into(inbox)).outcome(), TransferError.EXISTS);
            assertTrue(service().pendingOffers().contains(offer), "the offer is still pending");
            TransferInfo in = Waiting.await(service().accept(offer.id(),
                    AcceptRequest.into(inbox).onExisting(ExistingFile.RENAME)).outcome());
            Waiting.await(sent.outcome());
            assertEquals(inbox.resolve("same (1).bin"), in.file().orElseThrow());
            assertEquals(sha256(source), sha256(in.file().orElseThrow()));
            assertArrayEquals(mine, Files.readAllBytes(inbox.resolve("same.bin")), "the old file is untouched");
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void overTheSizeLimitNeedsConsent(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        FileTransferSettings before = service().settings();
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            service().configure(before.withSizeLimit(1000));
            Path source = randomFile(dir, "big.bin", 5000);
            Transfer sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(), source));
            FileOffer offer = bobOffers.next();
            failure(service().accept(offer.id(), AcceptRequest.into(dir.resolve("in"))).outcome(),
                    TransferError.TOO_LARGE);
            TransferInfo in = Waiting.await(service().accept(offer.id(),
                    AcceptRequest.into(dir.resolve("in")).withOversizeConsent()).outcome());
            Waiting.await(sent.outcome());
            assertEquals(sha256(source), sha256(in.file().orElseThrow()));
        } finally {
            service().configure(before);
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void theReceiverCancelsMidway(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            Path inbox = dir.resolve("inbox");
            Transfer sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(),
                    randomFile(dir, "long.bin", LARGE)).only(TransferMethod.IBB));
            Transfer received = service().accept(bobOffers.next().id(), AcceptRequest.into(inbox));
            bobOffers.nextProgress(received.id());
            service().cancel(received.id());
            failure(received.outcome(), TransferError.CANCELLED);
            failure(sent.outcome(), TransferError.INTERRUPTED);
            assertEquals(List.of(), Files.list(inbox).toList(), "nothing left in the folder");
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    /** @return the folder's files a person sees (partial files of interrupted transfers are hidden) */
    static List<Path> visible(Path folder) throws IOException {
        return Files.list(folder).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }

    @Test
    void anInterruptedTransferResumesWhereItStopped(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try (Fixture.Offers aliceSees = new Fixture.Offers(alice.account().id());
                Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            Path inbox = dir.resolve("inbox");
            Path source = randomFile(dir, "big.iso", LARGE);
            Transfer first = service().send(SendRequest.of(alice.account().id(), bob.boundJid(), source)
                    .only(TransferMethod.IBB).withHash());
            Transfer cut = service().accept(bobOffers.next().id(), AcceptRequest.into(inbox));
            aliceSees.nextProgress(first.id());
            service().cancel(first.id());
            failure(first.outcome(), TransferError.CANCELLED);
            failure(cut.outcome(), TransferError.SIZE_MISMATCH);
            long kept = Files.list(inbox).filter(p -> p.getFileName().toString().endsWith(".part")).findFirst()
                    .map(p -> p.toFile().length()).orElseThrow();
            assertTrue(kept > 0 && kept < LARGE, () -> kept + " bytes kept");

            // the same file offered again (any method): XEP-0096 §3.3 range from what bob has
            Transfer again = service().send(SendRequest.of(alice.account().id(), bob.boundJid(), source).withHash());
            FileOffer second = bobOffers.next();
            assertTrue(second.md5().isPresent(), "the MD5 is offered");
            TransferInfo in = Waiting.await(service().accept(second.id(), AcceptRequest.into(inbox)).outcome());
            TransferInfo out = Waiting.await(again.outcome());
            assertEquals(kept, in.offset(), "resumed where the bytes stopped");
            assertEquals(kept, out.offset(), "the sender skipped them");
            assertEquals(LARGE, in.transferred());
            assertEquals(sha256(source), sha256(in.file().orElseThrow()), "the whole file, MD5 checked");
            assertEquals(List.of(in.file().orElseThrow()), Files.list(inbox).toList(), "no partial left");
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void theSenderCancelsMidway(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try (Fixture.Offers aliceSees = new Fixture.Offers(alice.account().id());
                Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            Path inbox = dir.resolve("inbox");
            Transfer sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(),
                    randomFile(dir, "long.bin", LARGE)).only(TransferMethod.IBB));
            Transfer received = service().accept(bobOffers.next().id(), AcceptRequest.into(inbox));
            aliceSees.nextProgress(sent.id());
            service().cancel(sent.id());
            failure(sent.outcome(), TransferError.CANCELLED);
            TransferError why = Fixture.failure(received.outcome(), TransferError.SIZE_MISMATCH).error();
            assertEquals(TransferError.SIZE_MISMATCH, why, "fewer bytes than declared");
            assertEquals(List.of(), visible(inbox), "no file under a real name");
            assertEquals(Optional.of(TransferMethod.IBB), service().transfer(received.id()).orElseThrow().method());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }
}
