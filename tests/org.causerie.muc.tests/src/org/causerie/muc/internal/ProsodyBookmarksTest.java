package org.causerie.muc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.Account;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.Bookmark;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucListener;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.testing.ProsodyExtension;
import org.causerie.testing.ProsodyServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.pubsub.FormNode;
import org.jivesoftware.smackx.pubsub.FormNodeType;
import org.jivesoftware.smackx.pubsub.PubSubElementType;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jivesoftware.smackx.pubsub.packet.PubSubNamespace;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XEP-0402 store on a real server with XEP-0402: the harness's private
 * Prosody 0.12 ({@code mod_bookmarks} announces {@code urn:xmpp:bookmarks:1#compat};
 * ejabberd 23.01 does not, see PepBookmarksTest). The service chooses XEP-0402
 * there; what it saves is read back from the server's own storage of the PEP node;
 * autojoin works across sessions; another client's changes are notified
 * ({@code +notify}); and XEP-0048 clients of the same account share the same
 * bookmarks, because the server keeps both in step (§6).
 */
@ExtendWith(ProsodyExtension.class)
class ProsodyBookmarksTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PEP_STORE = "pep_" + BookmarkStore.NODE;

    @Test
    void theServiceChoosesXep0402AndEachBookmarkIsAnItemOfThePepNode(ProsodyServer server) throws Exception {
        TestAccount user = TestAccounts.fresh(server, "alice");
        XmppSession alice = Sessions.connect(server, user);
        try {
            String id = alice.account().id();
            Set<String> features = Waiting.await(alice.discoverFeatures(user.jid()));
            assertTrue(features.contains(BookmarkStore.COMPAT), features::toString);
            assertInstanceOf(PepBookmarks.class, Waiting.await(service().bookmarkStore(id)));
            assertEquals(List.of(), Waiting.await(muc().bookmarks(id)), "a new account has none");

            RoomId room = new RoomId(id, newRoomJid(server));
            Bookmark bookmark = new Bookmark(room, Optional.of("The lounge"), Optional.of("al"),
                    Optional.of("s3cret"), true);
            Waiting.await(muc().saveBookmark(bookmark));
            assertEquals(List.of(bookmark), Waiting.await(muc().bookmarks(id)));

            // Raw: what the server stored, one item per room in the PEP node (§3).
            String stored = server.stored(PEP_STORE, user.user()).orElseThrow(
                    () -> new AssertionError("no PEP bookmarks stored on the server"));
            for (String expected : List.of("[\"key\"] = \"" + room.room() + "\";", "[\"autojoin\"] = \"true\";",
                    "[\"name\"] = \"The lounge\";", "\"al\";", "\"s3cret\";")) {
                assertTrue(stored.contains(expected), () -> expected + " not in " + stored);
            }
            assertTrue(server.stored("pep", user.user()).orElse("").contains("[\"max_items\"] = \"max\";"),
                    "the node keeps as many items as the server allows (publish-options pubsub#max_items)");
            // The node has the configuration §4 asks for: the publish-options were applied.
            DataForm configuration = nodeConfiguration(((SmackSession) alice).connection());
            assertEquals("whitelist", configuration.getField("pubsub#access_model").getFirstValue());
            assertEquals("never", configuration.getField("pubsub#send_last_published_item").getFirstValue());
            assertTrue(Set.of("1", "true").contains(configuration.getField("pubsub#persist_items").getFirstValue()));

            // Another client adds its own data to the bookmark (§3 <extensions/>); editing it here keeps that,
            // and a second save replaces the item (same id), it does not add one.
            publishRaw(((SmackSession) alice).connection(), room.room(), "<conference xmlns='" + BookmarkStore.NODE
                    + "' name='The lounge' autojoin='true'><nick>al</nick><extensions><state"
                    + " xmlns='http://other.example/bookmark' minimized='true'/></extensions></conference>");
            Bookmark renamed = new Bookmark(room, Optional.of("Renamed"), Optional.empty(), Optional.empty(), false);
            Waiting.await(muc().saveBookmark(renamed));
            assertEquals(List.of(renamed), Waiting.await(muc().bookmarks(id)));
            String rewritten = server.stored(PEP_STORE, user.user()).orElseThrow();
            assertTrue(rewritten.contains("http://other.example/bookmark") && rewritten.contains("\"Renamed\""),
                    rewritten);

            Waiting.await(muc().removeBookmark(room));
            assertEquals(List.of(), Waiting.await(muc().bookmarks(id)));
            assertFalse(server.stored(PEP_STORE, user.user()).orElse("").contains(room.room()),
                    "retracted on the server");
            // Removing what is not (or no longer) bookmarked is done, as with private storage.
            Waiting.await(muc().removeBookmark(room));
            Waiting.await(muc().removeBookmark(new RoomId(id, newRoomJid(server))));
        } finally {
            Sessions.disconnect(alice);
        }
    }

    @Test
    void anAutojoinBookmarkReopensItsRoomInTheNextSession(ProsodyServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        Account bobAccount = Sessions.account(server, users.get(1)).build();
        XmppSession bob = Sessions.connect(bobAccount, users.get(1).password());
        XmppSession again = null;
        try {
            RoomId room = new RoomId(alice.account().id(), newRoomJid(server));
            Waiting.await(muc().create(JoinRequest.of(room, "alice"), true));
            // Persistent, so that it is still there when bob comes back.
            var form = Waiting.await(muc().configurationForm(room));
            Waiting.await(muc().configure(room, form.with("muc#roomconfig_persistentroom", List.of("1")).toSubmit()));

            RoomId bobsRoom = new RoomId(bob.account().id(), room.room());
            Waiting.await(muc().saveBookmark(new Bookmark(bobsRoom, Optional.of("Alice's room"),
                    Optional.of("bobby"), Optional.empty(), true)));
            Sessions.disconnect(bob);

            again = Sessions.connect(bobAccount, users.get(1).password());
            RoomId rejoined = new RoomId(again.account().id(), room.room());
            assertEquals(List.of(new Bookmark(rejoined, Optional.of("Alice's room"), Optional.of("bobby"),
                    Optional.empty(), true)), Waiting.await(muc().bookmarks(again.account().id())));
            Waiting.eventually("the bookmarked room is joined at login",
                    () -> muc().room(rejoined).filter(r -> r.joined()).isPresent());
            assertEquals("bobby", muc().room(rejoined).orElseThrow().nick());
            Waiting.eventually("alice sees bobby", () -> muc().room(room).orElseThrow().occupant("bobby").isPresent());
        } finally {
            Sessions.disconnect(alice);
            if (again != null) {
                Sessions.disconnect(again);
            }
        }
    }

    @Test
    void anotherClientsPublishAndRetractAreNotified(ProsodyServer server) {
        TestAccount user = TestAccounts.fresh(server, "bob");
        XmppSession here = Sessions.connect(server, user);
        XmppSession elsewhere = Sessions.connect(server, user);
        Changes changes = new Changes(here.account().id());
        muc().addMucListener(changes);
        try {
            String room = newRoomJid(server);
            Bookmark there = new Bookmark(new RoomId(elsewhere.account().id(), room), Optional.of("Elsewhere"),
                    Optional.empty(), Optional.empty(), true);
            Waiting.await(muc().saveBookmark(there));
            Waiting.eventually("this client hears of the other one's new bookmark", () -> changes.count() >= 1);
            Bookmark seenHere = new Bookmark(new RoomId(here.account().id(), room), Optional.of("Elsewhere"),
                    Optional.empty(), Optional.empty(), true);
            assertEquals(List.of(seenHere), Waiting.await(muc().bookmarks(here.account().id())));

            int before = changes.count();
            Waiting.await(muc().removeBookmark(there.room()));
            Waiting.eventually("this client hears of the retraction", () -> changes.count() > before);
            assertEquals(List.of(), Waiting.await(muc().bookmarks(here.account().id())));
        } finally {
            muc().removeMucListener(changes);
            Sessions.disconnect(here, elsewhere);
        }
    }

    @Test
    void aRoomAnotherClientBookmarksWithAutojoinIsEnteredAtOnce(ProsodyServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession here = Sessions.connect(server, users.get(1));
        XmppSession elsewhere = Sessions.connect(server, users.get(1));
        try {
            RoomId room = new RoomId(alice.account().id(), newRoomJid(server));
            Waiting.await(muc().create(JoinRequest.of(room, "alice"), true));
            RoomId hereRoom = new RoomId(here.account().id(), room.room());
            RoomId elsewhereRoom = new RoomId(elsewhere.account().id(), room.room());
            Waiting.await(muc().saveBookmark(new Bookmark(elsewhereRoom, Optional.of("Alice's room"),
                    Optional.of("quiet"), Optional.empty(), false)));
            Waiting.eventually("this client has the other one's bookmark", () -> Waiting.await(
                    muc().bookmarks(here.account().id())).size() == 1);
            // the other client now marks it autojoin: this one enters the room at once, with the bookmark's nick
            Waiting.await(muc().saveBookmark(new Bookmark(elsewhereRoom, Optional.of("Alice's room"),
                    Optional.of("bobby"), Optional.empty(), true)));
            Waiting.eventually("this client enters the room marked autojoin by the other one",
                    () -> muc().room(hereRoom).filter(r -> r.joined()).isPresent());
            assertEquals("bobby", muc().room(hereRoom).orElseThrow().nick(), "entered for the autojoin bookmark");
            Waiting.eventually("alice sees bobby", () -> muc().room(room).orElseThrow().occupant("bobby").isPresent());
            // the client that saved the bookmark does not enter the room for its own change
            assertFalse(muc().room(elsewhereRoom).filter(r -> r.joined()).isPresent());
        } finally {
            Sessions.disconnect(alice, here, elsewhere);
        }
    }

    @Test
    void xep0048ClientsOfTheAccountShareTheBookmarks(ProsodyServer server) throws Exception {
        TestAccount user = TestAccounts.fresh(server, "carol");
        XmppSession causerie = Sessions.connect(server, user);
        XmppSession old = Sessions.connect(server, user);
        Changes changes = new Changes(causerie.account().id());
        muc().addMucListener(changes);
        try {
            // An older client of the same account, speaking XEP-0048 (private XML storage) only.
            PrivateBookmarks legacy = new PrivateBookmarks(((SmackSession) old).connection(), old.account().id());
            String first = newRoomJid(server);
            legacy.save(new Bookmark(new RoomId(old.account().id(), first), Optional.of("Old"), Optional.of("c"),
                    Optional.empty(), true));
            Waiting.eventually("the XEP-0402 client hears of the XEP-0048 change", () -> changes.count() >= 1);
            String id = causerie.account().id();
            Bookmark converted = new Bookmark(new RoomId(id, first), Optional.of("Old"), Optional.of("c"),
                    Optional.empty(), true);
            assertEquals(List.of(converted), Waiting.await(muc().bookmarks(id)));
            assertTrue(server.stored(PEP_STORE, user.user()).orElse("").contains(first), "stored as a PEP item");

            String second = newRoomJid(server);
            Bookmark added = new Bookmark(new RoomId(id, second), Optional.of("New"), Optional.empty(),
                    Optional.empty(), false);
            Waiting.await(muc().saveBookmark(added));
            assertEquals(Set.of(first, second), Set.copyOf(legacy.load().stream().map(b -> b.room().room()).toList()),
                    "the XEP-0048 client reads what the XEP-0402 one saved");
            Waiting.await(muc().removeBookmark(new RoomId(id, first)));
            assertEquals(List.of(second), legacy.load().stream().map(b -> b.room().room()).toList());
        } finally {
            muc().removeMucListener(changes);
            Sessions.disconnect(causerie, old);
        }
    }

    @Test
    void xep0048BookmarksStoredBeforeTheServerHadXep0402AreConvertedAndAutojoined(ProsodyServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "dave");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession dave = null;
        try {
            RoomId room = new RoomId(alice.account().id(), newRoomJid(server));
            Waiting.await(muc().create(JoinRequest.of(room, "alice"), true));
            // Dave's XEP-0048 bookmarks as Prosody's private storage (XEP-0049) holds them, key
            // "storage:storage:bookmarks", every element with its namespace as its parser leaves it,
            // written before his first login on this server.
            String legacy = "storage:bookmarks";
            server.writeStored("private", users.get(1).user(), "{ [\"storage:storage:bookmarks\"] = {"
                    + " name = \"storage\"; attr = { xmlns = \"" + legacy + "\" };"
                    + " { name = \"conference\"; attr = { xmlns = \"" + legacy + "\"; jid = \"" + room.room()
                    + "\"; autojoin = \"true\"; name = \"Old room\" };"
                    + " { name = \"nick\"; attr = { xmlns = \"" + legacy + "\" }; \"dave-old\" } } } }");

            dave = Sessions.connect(server, users.get(1));
            RoomId davesRoom = new RoomId(dave.account().id(), room.room());
            Waiting.eventually("the converted autojoin bookmark's room is joined at login",
                    () -> muc().room(davesRoom).filter(r -> r.joined()).isPresent());
            assertEquals("dave-old", muc().room(davesRoom).orElseThrow().nick());
            assertEquals(List.of(new Bookmark(davesRoom, Optional.of("Old room"), Optional.of("dave-old"),
                    Optional.empty(), true)), Waiting.await(muc().bookmarks(dave.account().id())));
            assertTrue(server.stored(PEP_STORE, users.get(1).user()).orElse("").contains(room.room()),
                    "now a PEP item");
            assertTrue(server.stored("private", users.get(1).user()).isEmpty(), "no longer in private storage");
        } finally {
            Sessions.disconnect(alice);
            if (dave != null) {
                Sessions.disconnect(dave);
            }
        }
    }

    private static String newRoomJid(ProsodyServer server) {
        return "room-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + "@" + server.mucDomain();
    }

    static MucService muc() {
        return Services.get(MucService.class);
    }

    static SmackMucService service() {
        return (SmackMucService) muc();
    }

    /** Publishes an item to the bookmarks node as another client would, XML as given, no publish-options. */
    private static void publishRaw(XMPPConnection connection, String itemId, String payload) throws Exception {
        IQ publish = new IQ(PubSub.ELEMENT, PubSub.NAMESPACE) {
            @Override
            protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
                xml.rightAngleBracket();
                xml.halfOpenElement("publish").attribute("node", BookmarkStore.NODE).rightAngleBracket();
                xml.halfOpenElement("item").attribute("id", itemId).rightAngleBracket();
                xml.append(payload);
                xml.closeElement("item").closeElement("publish");
                return xml;
            }
        };
        publish.setType(IQ.Type.set);
        connection.sendIqRequestAndWaitForResponse(publish);
    }

    /** The bookmarks node's configuration, asked as its owner (XEP-0060 §8.2). */
    private static DataForm nodeConfiguration(XMPPConnection connection) throws Exception {
        PubSub request = new PubSub(PubSubNamespace.owner);
        request.setType(IQ.Type.get);
        request.addExtension(new FormNode(FormNodeType.CONFIGURE_OWNER,
                BookmarkStore.NODE, null));
        PubSub answer = connection.sendIqRequestAndWaitForResponse(request);
        FormNode form = answer.getExtension(PubSubElementType.CONFIGURE_OWNER);
        return form.getForm();
    }

    /** Counts the bookmark changes told for one account. */
    private static final class Changes implements MucListener {

        private final String accountId;
        private final List<String> seen = new CopyOnWriteArrayList<>();

        Changes(String accountId) {
            this.accountId = accountId;
        }

        @Override
        public void bookmarksChanged(String account) {
            if (account.equals(accountId)) {
                seen.add(account);
            }
        }

        int count() {
            return seen.size();
        }
    }
}
