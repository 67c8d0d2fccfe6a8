package org.causerie.filetransfer.internal;

import static org.causerie.filetransfer.tests.Fixture.failure;
import static org.causerie.filetransfer.tests.Fixture.service;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.SafeFileName;
import org.causerie.filetransfer.FileTransferService.Transfer;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.tests.Fixture;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.bytestreams.ibb.InBandBytestreamManager;
import org.jivesoftware.smackx.bytestreams.ibb.InBandBytestreamSession;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offers a hostile peer could make, sent as raw stream initiation elements:
 * names that try to leave the folder, a size that lies, a hash that does not match.
 */
@ExtendWith(EjabberdExtension.class)
class HostileOffersTest {

    private XmppSession alice;
    private XmppSession bob;
    private Fixture.Offers bobOffers;
    @TempDir
    Path dir;

    @BeforeEach
    void connect(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "mallory", "bob");
        alice = Sessions.connect(server, users.get(0));
        bob = Sessions.connect(server, users.get(1));
        bobOffers = new Fixture.Offers(bob.account().id());
    }

    @AfterEach
    void disconnect() {
        bobOffers.close();
        Sessions.disconnect(alice, bob);
    }

    /** Offers {@code name} declaring {@code declared} bytes, bob accepts into the inbox, {@code bytes} go in-band. */
    private Transfer offerAndSend(String name, long declared, Optional<String> md5, byte[] bytes, Path inbox)
            throws Exception {
        XMPPConnection connection = ((SmackSession) alice).connection();
        Jid to = JidCreate.from(bob.boundJid());
        String sid = Shared.newId();
        IQ offer = StreamOffers.offer(to, sid, name, declared, Optional.empty(), md5, new Date(),
                List.of(StreamOffers.IBB));
        try (StanzaCollector answer = connection.createStanzaCollectorAndSend(offer)) {
            FileOffer seen = bobOffers.next();
            assertEquals(name, seen.offeredName());
            Transfer received = service().accept(seen.id(), AcceptRequest.into(inbox));
            IQ accepted = answer.nextResultOrThrow(Waiting.TIMEOUT.toMillis());
            assertEquals(Optional.of(StreamOffers.IBB), StreamOffers.chosen(accepted));
            InBandBytestreamSession stream = InBandBytestreamManager.getByteStreamManager(connection)
                    .establishSession(to, sid);
            try (OutputStream out = stream.getOutputStream()) {
                out.write(bytes);
            } catch (java.io.IOException e) {
                // the receiver may stop reading once it has too much: that is the point
            } finally {
                try {
                    stream.close();
                } catch (java.io.IOException e) {
                    // the receiver closed it first
                }
            }
            return received;
        }
    }

    /**
     * NUL and ESC cannot travel in XML 1.0 at all (the server closes the stream) and a tab or
     * newline in an attribute arrives as a space (XML 1.0 §3.3.3): SafeFileNameTest has those.
     */
    @Test
    void namesThatTryToLeaveTheFolderLandInsideIt() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("deep/inbox"));
        String[] names = {"../../x", "/etc/passwd", "..\\..\\win.ini", "NUL", "x\u0085y\u202Egnp.exe",
            "y".repeat(10_000)};
        byte[] bytes = "hello".getBytes();
        for (String name : names) {
            TransferInfo in = Waiting.await(offerAndSend(name, bytes.length, Optional.empty(), bytes, inbox)
                    .outcome());
            Path saved = in.file().orElseThrow();
            assertEquals(inbox, saved.getParent(), () -> "inside the folder for " + name.length() + " chars");
            assertEquals(SafeFileName.of(name), saved.getFileName().toString());
            assertArrayEquals(bytes, Files.readAllBytes(saved));
        }
        assertEquals(List.of("inbox"), Files.list(dir.resolve("deep")).map(p -> p.getFileName().toString())
                .toList(), "nothing written beside the folder");
        assertTrue(Files.notExists(dir.resolve("x")));
    }

    @Test
    void moreBytesThanDeclaredFail() throws Exception {
        Path inbox = dir.resolve("in");
        Transfer received = offerAndSend("liar.bin", 10, Optional.empty(), new byte[100_000], inbox);
        failure(received.outcome(), TransferError.SIZE_MISMATCH);
        assertEquals(List.of(), Files.list(inbox).toList());
    }

    @Test
    void fewerBytesThanDeclaredFail() throws Exception {
        Path inbox = dir.resolve("in");
        Transfer received = offerAndSend("short.bin", 1000, Optional.empty(), new byte[10], inbox);
        failure(received.outcome(), TransferError.SIZE_MISMATCH);
        // the offer allowed ranges: the 10 bytes stay, hidden, for a resume (XEP-0096 §3.3)
        assertEquals(List.of(), Files.list(inbox).filter(p -> !p.getFileName().toString().startsWith("."))
                .toList());
    }

    @Test
    void aWrongHashFails() throws Exception {
        Path inbox = dir.resolve("in");
        String wrong = HexFormat.of().formatHex(new byte[16]);
        Transfer received = offerAndSend("tampered.bin", 5, Optional.of(wrong), "hello".getBytes(), inbox);
        failure(received.outcome(), TransferError.HASH_MISMATCH);
        assertEquals(List.of(), Files.list(inbox).toList());
    }

    @Test
    void aRightHashPasses() throws Exception {
        Path inbox = dir.resolve("in");
        String md5 = "5d41402abc4b2a76b9719d911017c592";
        TransferInfo in = Waiting.await(offerAndSend("hello.txt", 5, Optional.of(md5), "hello".getBytes(), inbox)
                .outcome());
        assertEquals("hello", Files.readString(in.file().orElseThrow()));
    }
}
