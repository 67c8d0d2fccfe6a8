package org.causerie.filetransfer.tests;

import static org.causerie.filetransfer.tests.Fixture.randomFile;
import static org.causerie.filetransfer.tests.Fixture.service;
import static org.causerie.filetransfer.tests.Fixture.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** HTTP upload (XEP-0363) with the link as out-of-band data (XEP-0066), to an online and an offline contact and into a room. */
@ExtendWith(EjabberdExtension.class)
class UploadTest {

    static final int SIZE = 200 * 1024 + 3;

    @Test
    void anOnlineContactGetsTheLinkAndTheContent(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            Path source = randomFile(dir, "photo été.jpg", SIZE);
            TransferInfo out = Waiting.await(
                    service().upload(alice.account().id(), users.get(1).jid(), false, source).outcome());
            assertEquals(Optional.of(TransferMethod.HTTP_UPLOAD), out.method());
            String url = out.url().orElseThrow();
            assertTrue(url.startsWith("http://localhost:" + server.httpPort() + "/upload/"), url);
            FileOffer offer = bobOffers.next();
            assertEquals(Optional.of(url), offer.url());
            // ejabberd's upload service puts "_" for the space in the slot's path; the rest survives.
            assertEquals("photo_été.jpg", offer.fileName());
            TransferInfo in = Waiting.await(service().accept(offer.id(), AcceptRequest.into(dir.resolve("in")))
                    .outcome());
            assertEquals(Optional.of(TransferMethod.HTTP_UPLOAD), in.method());
            assertEquals(sha256(source), sha256(in.file().orElseThrow()));
            assertEquals(out.sha256(), in.sha256());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void anOfflineContactGetsItWhenBack(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        try {
            Path source = randomFile(dir, "while-away.pdf", SIZE);
            Waiting.await(service().upload(alice.account().id(), users.get(1).jid(), false, source).outcome());
            XmppSession bob = Sessions.connect(server, users.get(1));
            try (Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
                FileOffer offer = service().pendingOffers().stream()
                        .filter(o -> o.accountId().equals(bob.account().id())).findFirst()
                        .orElseGet(bobOffers::next);
                assertTrue(offer.from().startsWith(users.get(0).jid()), offer.from());
                TransferInfo in = Waiting.await(service().accept(offer.id(), AcceptRequest.into(dir.resolve("in")))
                        .outcome());
                assertEquals(sha256(source), sha256(in.file().orElseThrow()));
            } finally {
                Sessions.disconnect(bob);
            }
        } finally {
            Sessions.disconnect(alice);
        }
    }

    @Test
    void aRoomGetsTheLinkAndTheSenderNoOffer(EjabberdServer server, @TempDir Path dir) throws IOException {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        MucService muc = Services.get(MucService.class);
        try (Fixture.Offers aliceOffers = new Fixture.Offers(alice.account().id());
                Fixture.Offers bobOffers = new Fixture.Offers(bob.account().id())) {
            String room = "files-" + Long.toString(System.nanoTime(), 36) + "@" + server.mucDomain();
            Waiting.await(muc.create(JoinRequest.of(new RoomId(alice.account().id(), room), "alice"), true));
            Waiting.await(muc.join(JoinRequest.of(new RoomId(bob.account().id(), room), "bob")));
            Path source = randomFile(dir, "minutes.odt", SIZE);
            Waiting.await(service().upload(alice.account().id(), room, true, source).outcome());
            FileOffer offer = bobOffers.next();
            assertEquals(room + "/alice", offer.from());
            TransferInfo in = Waiting.await(service().accept(offer.id(), AcceptRequest.into(dir.resolve("in")))
                    .outcome());
            assertEquals(sha256(source), sha256(in.file().orElseThrow()));
            // the room sends alice's messages back in order (XEP-0045 §7.4): once this one is back,
            // so is the link
            Waiting.await(muc.send(new RoomId(alice.account().id(), room), "after the link"));
            assertTrue(aliceOffers.none(), "the room's echo of her own link is no offer to alice");
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }
}
