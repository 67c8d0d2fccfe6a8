package org.causerie.filetransfer.tests;

import static org.causerie.filetransfer.tests.Fixture.randomFile;
import static org.causerie.filetransfer.tests.Fixture.service;
import static org.causerie.filetransfer.tests.Fixture.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.causerie.core.XmppSession;
import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferService.Transfer;
import org.causerie.filetransfer.FileTransferSettings;
import org.causerie.filetransfer.SendRequest;
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

/**
 * Whether an offer carries the file's MD5 (XEP-0096 §3.1): not by default, when the
 * settings say so, and whatever the settings when the request says so. The
 * receiver sees the offered MD5 and the file arrives intact either way.
 */
@ExtendWith(EjabberdExtension.class)
class HashOfferTest {

    @Test
    void theMd5IsOfferedAsTheSettingsAndTheRequestSay(EjabberdServer server, @TempDir Path dir)
            throws IOException, NoSuchAlgorithmException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        FileTransferSettings before = service().settings();
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            Path source = randomFile(dir, "checked.bin", StreamMethodsTest.SIZE);
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(source)));
            Send send = new Send(alice, bob, source, bobOffers, dir);

            service().configure(before.withOfferHash(false));
            assertEquals(Optional.empty(), send.offered(UnaryOperator.identity(), "defaults"));
            assertEquals(Optional.of(md5), send.offered(SendRequest::withHash, "asked by the request"));

            service().configure(before.withOfferHash(true));
            assertEquals(Optional.of(md5), send.offered(UnaryOperator.identity(), "asked by the settings"));
            assertEquals(Optional.empty(), send.offered(SendRequest::withoutHash, "refused by the request"));
        } finally {
            service().configure(before);
            Sessions.disconnect(alice, bob);
        }
        assertFalse(FileTransferSettings.defaults().offerHash(), "off by default");
    }

    private record Send(XmppSession alice, XmppSession bob, Path source, Fixture.Offers offers, Path dir) {

        /** @return the MD5 bob was offered, after checking that the file arrived whole */
        Optional<String> offered(UnaryOperator<SendRequest> shape, String what) throws IOException {
            Transfer sent = service().send(shape.apply(SendRequest.of(alice.account().id(), bob.boundJid(), source)
                    .only(TransferMethod.SOCKS5_DIRECT)));
            FileOffer offer = offers.next();
            Path inbox = Files.createDirectories(dir.resolve("inbox-" + offer.id()));
            TransferInfo in = Waiting.await(service().accept(offer.id(), AcceptRequest.into(inbox)).outcome());
            assertEquals(TransferState.COMPLETED, Waiting.await(sent.outcome()).state(), what);
            assertEquals(sha256(source), sha256(in.file().orElseThrow()), what);
            return offer.md5();
        }
    }
}
