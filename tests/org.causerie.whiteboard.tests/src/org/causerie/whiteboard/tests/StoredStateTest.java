package org.causerie.whiteboard.tests;

import static org.causerie.whiteboard.tests.Boards.await;
import static org.causerie.whiteboard.tests.Boards.drawn;
import static org.causerie.whiteboard.tests.Boards.join;
import static org.causerie.whiteboard.tests.Boards.newRoom;
import static org.causerie.whiteboard.tests.Boards.points;
import static org.causerie.whiteboard.tests.Boards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.XmppSession;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A late joiner takes the state as the stored snapshot the host names (Causerie's extension,
 * docs/whiteboard.md "A state that names the stored snapshot"); a joiner that does not ask for it gets
 * the records (XEP-0284 as published); a stored snapshot that cannot be read makes the joiner ask again.
 */
@ExtendWith(EjabberdExtension.class)
class StoredStateTest {

    private static final String STORED = "<stored xmlns='" + StateItem.Stored.NAMESPACE + "'/>";

    @Test
    void lateJoinersTakeTheStoredSnapshotTheHostNamesWrittenAgainWhenTheBoardChanged(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        XmppSession carol = Sessions.connect(server, users.get(2));
        try (SxeInbox bobs = new SxeInbox(bob); SxeInbox carols = new SxeInbox(carol)) {
            RoomId room = newRoom(server, alice, "alice");
            RoomId bobRoom = join(bob, room, "bob");
            RoomId carolRoom = join(carol, room, "carol");
            BoardId board = Waiting.await(service().openRoom(room)).board();
            for (int i = 0; i < 30; i++) {
                service().edit(board, Edit.Add.of(ShapeKind.RECTANGLE, points(i, i, i + 10, i + 5), Style.DEFAULT));
            }
            BoardSnapshot drawnByAlice = await(board, "alice's 30 shapes confirmed",
                    s -> s.pendingEdits() == 0 && s.shapes().size() == 30);

            BoardSnapshot bobs1 = Waiting.await(service().openRoom(bobRoom));
            assertEquals(SyncState.SYNCED, bobs1.state());
            assertEquals(drawn(drawnByAlice), drawn(bobs1), "bob has the board as alice drew it, authors included");
            StateItem.Stored first = storedStateFrom(bobs, "alice");

            String later = service().edit(board, Edit.Add.of(ShapeKind.ELLIPSE, points(1, 1, 9, 9), Style.DEFAULT))
                    .orElseThrow();
            await(board, "alice's ellipse confirmed", s -> s.pendingEdits() == 0 && s.shape(later).isPresent());
            BoardSnapshot carols1 = Waiting.await(service().openRoom(carolRoom));
            assertEquals(31, carols1.shapes().size());
            assertEquals(drawn(await(board, "alice settled", s -> s.pendingEdits() == 0)), drawn(carols1));
            StateItem.Stored second = storedStateFrom(carols, ""); // alice or bob, whoever offered first
            assertEquals(first.service(), second.service());
            assertNotEquals(first.generation(), second.generation(), "the board changed: written again for carol");

            // Joined from the snapshot, bob takes part as any joiner: his edit reaches everyone.
            String bobsLine = service().edit(bobs1.board(), Edit.Add.of(ShapeKind.LINE, points(0, 0, 5, 5),
                    Style.DEFAULT)).orElseThrow();
            await(board, "alice sees bob's line", s -> s.shape(bobsLine).isPresent());
            await(carols1.board(), "carol sees bob's line", s -> s.shape(bobsLine).isPresent());
        } finally {
            Sessions.disconnect(alice, bob, carol);
        }
    }

    @Test
    void aJoinerThatDoesNotAskGetsTheRecordsAndOneThatAsksGetsAGenerationOnTheNode(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "carol");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession carol = Sessions.connect(server, users.get(1));
        try (SxeInbox carols = new SxeInbox(carol)) {
            RoomId room = newRoom(server, alice, "alice");
            join(carol, room, "carol");
            BoardId board = Waiting.await(service().openRoom(room)).board();
            for (int i = 0; i < 3; i++) {
                service().edit(board, Edit.Add.of(ShapeKind.LINE, points(i, 0, i, 10), Style.DEFAULT));
            }
            await(board, "alice's lines confirmed", s -> s.pendingEdits() == 0 && s.shapes().size() == 3);
            String alicesNick = room.room() + "/alice";

            Raw.send(carol, room.room(), board.session(), "c1", "<connect/>", false);
            carols.await("alice's state offer", r -> r.privately() && r.from().equals(alicesNick)
                    && r.element().payload() instanceof SxePayload.StateOffer);
            Raw.direct(carol, alicesNick, board.session(), "c2", "<accept-state/>");
            List<StateItem> items = stateFrom(carols, alicesNick, 1);
            assertTrue(items.getFirst() instanceof StateItem.DocumentBegin, items.toString());
            assertTrue(items.getLast() instanceof StateItem.DocumentEnd, items.toString());
            assertTrue(items.stream().filter(SxeRecord.class::isInstance).count() > 3, "the board's records");
            assertFalse(items.stream().anyMatch(StateItem.Stored.class::isInstance), "no reference: not asked for");

            Raw.direct(carol, alicesNick, board.session(), "c3", "<accept-state>" + STORED + "</accept-state>");
            List<StateItem> named = stateFrom(carols, alicesNick, 2);
            assertEquals(3, named.size(), "document-begin, the reference, document-end: " + named);
            StateItem.Stored stored = (StateItem.Stored) named.get(1);
            assertEquals("pubsub." + server.domain(), stored.service());
            assertEquals(items.getLast(), named.getLast(), "both end at alice's last line");
            assertTrue(StoredNode.items(server, carol, StoredNode.partsNode(board.session())).keySet().stream()
                    .anyMatch(id -> id.equals(stored.generation() + "-0")), "the generation's first part is stored");
        } finally {
            Sessions.disconnect(alice, carol);
        }
    }

    @Test
    void aNamedSnapshotThatCannotBeReadMakesTheJoinerAskForTheRecords(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "mallory", "bob");
        XmppSession mallory = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try (SxeInbox mallorys = new SxeInbox(mallory)) {
            RoomId room = newRoom(server, mallory, "mallory");
            RoomId bobRoom = join(bob, room, "bob");
            String bobsNick = room.room() + "/bob";
            CompletableFuture<BoardSnapshot> joining = service().openRoom(bobRoom);
            String session = mallorys.await("bob's connect", r -> r.from().equals(bobsNick)
                    && r.element().payload() instanceof SxePayload.Connect).element().session();
            Raw.direct(mallory, bobsNick, session, "m1", "<state-offer><description xmlns='urn:xmpp:jingle:apps:svg'/>"
                    + "</state-offer>");
            mallorys.await("bob accepts, asking for a stored snapshot", r -> r.from().equals(bobsNick)
                    && r.element().payload() instanceof SxePayload.AcceptState a && a.stored());
            Raw.direct(mallory, bobsNick, session, "m2", "<state><document-begin prolog=''/>"
                    + "<stored xmlns='" + StateItem.Stored.NAMESPACE + "' service='pubsub." + server.domain()
                    + "' generation='no-such-generation'/><document-end last-sender='' last-id=''/></state>");
            mallorys.await("bob asks again for the records", r -> r.from().equals(bobsNick)
                    && r.element().payload() instanceof SxePayload.AcceptState a && !a.stored());
            String svg = "http://www.w3.org/2000/svg";
            Raw.direct(mallory, bobsNick, session, "m3", "<state><document-begin prolog=''/>"
                    + "<new type='element' rid='root' name='svg' ns='" + svg + "' creator='mallory'/>"
                    + "<new type='element' rid='r1' parent='root' name='rect' ns='" + svg + "' primary-weight='1'"
                    + " creator='mallory'/><new type='attr' rid='r1x' parent='r1' name='x' chdata='5'/>"
                    + "<new type='attr' rid='r1y' parent='r1' name='y' chdata='6'/>"
                    + "<new type='attr' rid='r1w' parent='r1' name='width' chdata='30'/>"
                    + "<new type='attr' rid='r1h' parent='r1' name='height' chdata='20'/>"
                    + "<document-end last-sender='' last-id=''/></state>");
            BoardSnapshot board = Waiting.await(joining);
            assertEquals(SyncState.SYNCED, board.state());
            assertEquals(List.of("r1 RECTANGLE"), board.shapes().stream().map(s -> s.id() + " " + s.kind()).toList());
        } finally {
            Sessions.disconnect(mallory, bob);
        }
    }

    /**
     * @param hostNick the host's nickname, empty for whoever sent it
     * @return the one state a joiner received privately from the host, which names a stored snapshot
     */
    private static StateItem.Stored storedStateFrom(SxeInbox inbox, String hostNick) {
        java.util.function.Predicate<SxeInbox.Received> state = r -> r.privately()
                && (hostNick.isEmpty() || r.from().endsWith("/" + hostNick))
                && r.element().payload() instanceof SxePayload.State;
        inbox.await("a state from " + hostNick, state); // the inbox listens after the board (Smack's async listeners)
        List<SxeInbox.Received> states = inbox.all(state);
        assertEquals(1, states.size(), "one state element: " + states);
        List<StateItem> items = ((SxePayload.State) states.getFirst().element().payload()).items();
        assertFalse(items.stream().anyMatch(SxeRecord.class::isInstance), "no records: " + items);
        return items.stream().filter(StateItem.Stored.class::isInstance).map(StateItem.Stored.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no stored snapshot named: " + items));
    }

    /** @return the items of the {@code n}th state transfer received privately from {@code from} (1 = the first) */
    private static List<StateItem> stateFrom(SxeInbox inbox, String from, int n) {
        Waiting.eventually(() -> n + " state transfers from " + from,
                () -> stateItems(inbox, from).stream().filter(StateItem.DocumentEnd.class::isInstance).count() >= n);
        List<StateItem> all = stateItems(inbox, from);
        int begin = -1;
        for (int i = 0, seen = 0; i < all.size(); i++) {
            if (all.get(i) instanceof StateItem.DocumentBegin && ++seen == n) {
                begin = i;
            }
            if (begin >= 0 && all.get(i) instanceof StateItem.DocumentEnd) {
                return all.subList(begin, i + 1);
            }
        }
        throw new AssertionError("no state transfer " + n + " in " + all);
    }

    /** @return the items of every state element received privately from {@code from}, in order */
    private static List<StateItem> stateItems(SxeInbox inbox, String from) {
        return inbox.all(r -> r.privately() && r.from().equals(from)
                && r.element().payload() instanceof SxePayload.State).stream()
                .flatMap(r -> ((SxePayload.State) r.element().payload()).items().stream()).toList();
    }
}
