package org.causerie.muc.tests;

import static org.causerie.muc.tests.MucFixture.await;
import static org.causerie.muc.tests.MucFixture.instantRoom;
import static org.causerie.muc.tests.MucFixture.muc;
import static org.causerie.muc.tests.MucFixture.newRoom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.Account;
import org.causerie.core.XmppSession;
import org.causerie.core.form.DataForm;
import org.causerie.muc.Bookmark;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bookmarks on the server, shared by the account's clients, with autojoin: XEP-0048
 * private storage on the harness's ejabberd 23.01 (see PepBookmarksTest; the XEP-0402
 * store is tested on Prosody in ProsodyBookmarksTest).
 */
@ExtendWith(EjabberdExtension.class)
class BookmarksTest {

    @Test
    void anAutojoinBookmarkOpensTheRoomInTheAccountsOtherClientAndAtTheNextLogin(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        Account bobAccount = Sessions.account(server, users.get(1)).build();
        XmppSession bob = Sessions.connect(bobAccount, users.get(1).password());
        XmppSession bobElsewhere = Sessions.connect(server, users.get(1));
        Recorder elsewhereSees = new Recorder(bobElsewhere.account().id());
        muc().addMucListener(elsewhereSees);
        try {
            RoomId room = newRoom(server, alice);
            instantRoom(room, "alice");
            // Persistent, so that it is still there when bob comes back.
            DataForm form = await(muc().configurationForm(room));
            await(muc().configure(room, form.with("muc#roomconfig_persistentroom", List.of("1")).toSubmit()));

            RoomId bobsRoom = MucFixture.as(bob, room);
            Bookmark bookmark = new Bookmark(bobsRoom, Optional.of("Alice's room"), Optional.of("bobby"),
                    Optional.empty(), true);
            await(muc().saveBookmark(bookmark));
            assertEquals(List.of(bookmark), await(muc().bookmarks(bob.account().id())));

            // The account's other client sees it: on the server, and told of the change (+notify).
            Bookmark seenElsewhere = new Bookmark(MucFixture.as(bobElsewhere, room), Optional.of("Alice's room"),
                    Optional.of("bobby"), Optional.empty(), true);
            assertEquals(List.of(seenElsewhere), await(muc().bookmarks(bobElsewhere.account().id())));
            elsewhereSees.await(elsewhereSees.bookmarkChanges, "the other client hears of the bookmark", c -> true);
            // ... and enters the room at once, as the bookmark asks (not only at its next login)
            Waiting.eventually("the other client enters the room marked autojoin",
                    () -> muc().room(MucFixture.as(bobElsewhere, room)).filter(r -> r.joined()).isPresent());
            assertEquals("bobby", muc().room(MucFixture.as(bobElsewhere, room)).orElseThrow().nick());

            // Next login of the first client: the room opens by itself with the bookmark's nickname.
            Sessions.disconnect(bob);
            XmppSession again = Sessions.connect(bobAccount, users.get(1).password());
            Waiting.eventually("the bookmarked room is joined at login",
                    () -> muc().room(MucFixture.as(again, room)).filter(r -> r.joined()).isPresent());
            assertEquals("bobby", muc().room(MucFixture.as(again, room)).orElseThrow().nick());
            Waiting.eventually("alice sees bobby",
                    () -> muc().room(room).orElseThrow().occupant("bobby").isPresent());

            await(muc().removeBookmark(MucFixture.as(again, room)));
            assertEquals(List.of(), await(muc().bookmarks(bobElsewhere.account().id())));
            Sessions.disconnect(again);
        } finally {
            muc().removeMucListener(elsewhereSees);
            Sessions.disconnect(alice, bobElsewhere);
        }
    }
}
