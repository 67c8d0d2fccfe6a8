package org.causerie.whiteboard.tests;

import static org.causerie.whiteboard.tests.Boards.await;
import static org.causerie.whiteboard.tests.Boards.drawn;
import static org.causerie.whiteboard.tests.Boards.join;
import static org.causerie.whiteboard.tests.Boards.muc;
import static org.causerie.whiteboard.tests.Boards.newRoom;
import static org.causerie.whiteboard.tests.Boards.points;
import static org.causerie.whiteboard.tests.Boards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.Account;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TcpRelay;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardListener;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.PersistenceEvent;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.SyncState;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What came after the stored snapshot, read from the room's archive (XEP-0313, the harness's
 * rooms archive with {@code mam: true}; docs/whiteboard.md, Persistence).
 */
@ExtendWith(EjabberdExtension.class)
class ArchiveRecoveryTest {

    private final PersistenceEvents events = new PersistenceEvents();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final BoardListener listener = new BoardListener() {
        @Override
        public void recordsRefused(BoardId board, String sender, String reason) {
            refused.add(board.accountId() + " " + sender + ": " + reason);
        }
    };

    @BeforeEach
    void listen() {
        System.setProperty("causerie.whiteboard.archive", "true");
        service().addBoardListener(events);
        service().addBoardListener(listener);
    }

    @AfterEach
    void stop() {
        service().removeBoardListener(listener);
        service().removeBoardListener(events);
        System.clearProperty("causerie.whiteboard.archive");
        System.clearProperty("causerie.whiteboard.pubsub");
    }


    /** Changes one field of a room's configuration (XEP-0045 §10.2) over raw Smack, as its owner. */
    private static void configure(XmppSession owner, RoomId room, String field, boolean value) throws Exception {
        MultiUserChat raw = MultiUserChatManager.getInstanceFor(((SmackSession) owner).connection())
                .getMultiUserChat(JidCreate.entityBareFrom(room.room()));
        FillableForm form = raw.getConfigurationForm().getFillableForm();
        form.setAnswer(field, value);
        raw.sendConfigurationForm(form);
    }

    @Test
    void everyoneVanishesAndALaterJoinerGetsTheSnapshotAndWhatCameAfterIt(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol", "dan");
        XmppSession carol = Sessions.connect(server, users.get(2));
        XmppSession dan = Sessions.connect(server, users.get(3));
        try (TcpRelay relay = TcpRelay.start(server.host(), server.c2sPort())) {
            Account aliceAccount = Sessions.account(server, users.get(0)).port(relay.port()).build();
            Account bobAccount = Sessions.account(server, users.get(1)).port(relay.port()).build();
            XmppSession alice = Sessions.connect(aliceAccount, users.get(0).password());
            XmppSession bob = Sessions.connect(bobAccount, users.get(1).password());
            try {
                RoomId room = newRoom(server, alice, "alice");
                // ejabberd deletes a room's archive when the room is destroyed (mod_mam's
                // clear_archive_on_room_destroy, true by default): a room that outlives its occupants is persistent.
                configure(alice, room, "muc#roomconfig_persistentroom", true);
                RoomId bobRoom = join(bob, room, "bob");
                BoardId a = Waiting.await(service().openRoom(room)).board();
                String line = service().edit(a, Edit.Add.of(ShapeKind.LINE, points(0, 0, 10, 10), Style.DEFAULT))
                        .orElseThrow();
                BoardId b = Waiting.await(service().openRoom(bobRoom)).board();
                await(b, "bob has alice's line", s -> s.shape(line).isPresent());
                String rect = service().edit(b, Edit.Add.of(ShapeKind.RECTANGLE, points(5, 5, 50, 30),
                        Style.DEFAULT)).orElseThrow();
                List<String> first = drawn(await(a, "alice has bob's rectangle",
                        s -> s.shape(rect).isPresent() && s.pendingEdits() == 0));
                Waiting.eventually("alice, the writer, stores the board after a quiet time",
                        () -> StoredNode.shapes(server, carol, a.session()).equals(first));
                String archiveId = StoredNode.archiveId(server, carol, a.session())
                        .orElseThrow(() -> new AssertionError("the snapshot names no archive id"));

                // Dan joins as "aaa" and connects to the board with another client: the lowest nickname
                // among the participants, he is the writer from now on, and that client never writes.
                RoomId danRoom = join(dan, room, "aaa");
                Raw.send(dan, room.room(), a.session(), "dan-connect", "<connect/>", false);
                await(a, "alice hears dan", s -> s.participants().contains("aaa"));
                await(b, "bob hears dan", s -> s.participants().contains("aaa"));
                String ellipse = service().edit(b, Edit.Add.of(ShapeKind.ELLIPSE, points(60, 60, 80, 70),
                        Style.DEFAULT)).orElseThrow();
                service().edit(b, new Edit.Move(line, 100, 0));
                Raw.send(dan, room.room(), a.session(), "dan-hostile", "<state><new type='element' rid='h1'"
                        + " parent='nowhere' name='rect' ns='http://www.w3.org/2000/svg'/></state>", true);
                List<String> last = drawn(await(a, "alice has bob's later edits", s -> s.shape(ellipse).isPresent()
                        && s.shape(line).orElseThrow().points().get(0).x() == 100));
                assertEquals(last, drawn(await(b, "bob's edits confirmed", s -> s.pendingEdits() == 0)));
                Waiting.eventually("both refused dan's record", () -> refused.stream()
                        .filter(r -> r.contains(" aaa: ")).count() >= 2);

                // Alice and bob vanish: connections cut, sessions ended by the server, no clean leave.
                relay.cutAndHold();
                server.ctl("kick_session", users.get(0).user(), server.domain(), aliceAccount.resource(), "test");
                server.ctl("kick_session", users.get(1).user(), server.domain(), bobAccount.resource(), "test");
                Waiting.eventually("alice and bob are out of the room", () -> muc().room(danRoom).orElseThrow()
                        .occupants().size() == 1);
                assertEquals(first, StoredNode.shapes(server, carol, a.session()),
                        "the stored snapshot lacks what came after it");

                Waiting.await(muc().leave(danRoom));
                // Everyone has left: carol comes later, alone.
                RoomId carolRoom = join(carol, room, "carol");
                refused.clear();
                BoardSnapshot c = Waiting.await(service().openRoom(carolRoom));
                assertEquals(SyncState.SYNCED, c.state());
                assertEquals(last, drawn(c), "the snapshot and what came after it, as the board was");
                assertEquals(Optional.of("bob"), c.shape(ellipse).orElseThrow().author());
                PersistenceEvent recovered = events.await(c.board(), PersistenceEvent.Kind.RECOVERED);
                assertTrue(recovered.detail().startsWith("3 elements from the room's archive after the snapshot"),
                        recovered.detail());
                Waiting.eventually("carol refused dan's archived record", () -> refused.stream()
                        .anyMatch(r -> r.startsWith(carol.account().id() + " aaa: ") && r.contains("nowhere")));

                // The next snapshot names the archive id of its last element, later than the first one's.
                service().close(c.board());
                Waiting.eventually("carol's departure stores the board", () -> StoredNode.archiveId(server, carol,
                        a.session()).filter(id -> !id.equals(archiveId)).isPresent());
                assertEquals(last, StoredNode.shapes(server, carol, a.session()));
            } finally {
                Sessions.disconnect(alice, bob);
            }
        } finally {
            Sessions.disconnect(carol, dan);
        }
    }

    @Test
    void withoutASnapshotTheBoardIsRebuiltFromTheArchive(EjabberdServer server) {
        System.setProperty("causerie.whiteboard.pubsub", "none");
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice, "alice");
            RoomId bobRoom = join(bob, room, "bob");
            BoardId a = Waiting.await(service().openRoom(room)).board();
            String line = service().edit(a, Edit.Add.of(ShapeKind.LINE, points(0, 0, 10, 10), Style.DEFAULT))
                    .orElseThrow();
            service().edit(a, Edit.Add.of(ShapeKind.RECTANGLE, points(5, 5, 50, 30), Style.DEFAULT));
            service().edit(a, new Edit.Delete(line));
            List<String> board = drawn(await(a, "alice's edits confirmed", s -> s.pendingEdits() == 0
                    && s.shapes().size() == 1));
            service().close(a);

            // Alice is still in the room with her board closed: nobody offers; nothing is stored.
            BoardSnapshot b = Waiting.await(service().openRoom(bobRoom));
            assertEquals(board, drawn(b));
            PersistenceEvent recovered = events.await(b.board(), PersistenceEvent.Kind.RECOVERED);
            assertTrue(recovered.detail().startsWith("3 elements from the room's archive with no snapshot stored"),
                    recovered.detail());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void aRoomWithoutAnArchiveStartsFromTheSnapshotAndSaysWhy(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice, "alice");
            BoardId a = Waiting.await(service().openRoom(room)).board();
            service().edit(a, Edit.Add.of(ShapeKind.LINE, points(0, 0, 10, 10), Style.DEFAULT));
            List<String> board = drawn(await(a, "alice's line confirmed", s -> s.pendingEdits() == 0
                    && s.shapes().size() == 1));
            service().close(a);
            Waiting.eventually("alice's departure stores the board with its archive id", () -> StoredNode.archiveId(
                    server, bob, a.session()).isPresent());

            configure(alice, room, "mam", false);

            events.clear();
            BoardSnapshot again = Waiting.await(service().openRoom(room));
            assertEquals(board, drawn(again), "the snapshot alone");
            events.await(a, PersistenceEvent.Kind.LOADED);
            PersistenceEvent why = events.await(a, PersistenceEvent.Kind.NOT_RECOVERED);
            assertTrue(why.detail().contains("the room keeps no archive"), why.detail());
            service().edit(a, Edit.Add.of(ShapeKind.RECTANGLE, points(1, 1, 2, 2), Style.DEFAULT));
            await(a, "the board works", s -> s.shapes().size() == 2 && s.pendingEdits() == 0);
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }
}
