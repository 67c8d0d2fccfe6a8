package org.causerie.whiteboard.tests;

import static org.causerie.whiteboard.tests.Boards.await;
import static org.causerie.whiteboard.tests.Boards.join;
import static org.causerie.whiteboard.tests.Boards.newRoom;
import static org.causerie.whiteboard.tests.Boards.points;
import static org.causerie.whiteboard.tests.Boards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.mam.MamManager;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the room's archive (XEP-0313 on the room, mod_mam with the harness's rooms'
 * {@code mam: true}) holds of a board: ejabberd archives a body-less groupchat message
 * only with an XEP-0334 {@code <store/>} hint, which Causerie puts on a room board's records
 * (not on its {@code connect}) when {@code causerie.whiteboard.archive=true}; by default it leaves it out
 * (docs/whiteboard.md, Persistence).
 */
@ExtendWith(EjabberdExtension.class)
class RoomArchiveTest {

    private static final System.Logger LOG = System.getLogger(RoomArchiveTest.class.getName());

    @AfterEach
    void stop() {
        System.clearProperty("causerie.whiteboard.archive");
    }

    @Test
    void turnedOnTheRoomsArchiveKeepsTheBoardsRecordsButNotItsConnect(EjabberdServer server) throws Exception {
        System.setProperty("causerie.whiteboard.archive", "true");
        List<Message> archived = drawTwoShapesAndReadTheArchive(server);
        assertTrue(archived.stream().anyMatch(m -> "after the drawing".equals(m.getBody())),
                "the archive works: it has the text message (" + archived.size() + " archived)");
        List<SxeElement> board = archived.stream().flatMap(m -> SxeElement.from(m).stream()).toList();
        assertEquals(2, board.stream().filter(e -> e.payload() instanceof SxePayload.State).count(), board.toString());
        assertEquals(2, board.size(), "only the records are archived: " + board);
        archived.stream().filter(m -> SxeElement.from(m).isPresent()).forEach(m -> LOG.log(System.Logger.Level.INFO,
                "archived board message: " + bytes(m.toXML()) + " bytes, of which the <sxe/> element "
                        + bytes(SxeElement.from(m).orElseThrow().toString())));
    }

    @Test
    void byDefaultTheBoardsElementsAreNotArchived(EjabberdServer server) throws Exception {
        List<Message> archived = drawTwoShapesAndReadTheArchive(server);
        assertTrue(archived.stream().anyMatch(m -> "after the drawing".equals(m.getBody())),
                "the archive works: it has the text message (" + archived.size() + " archived)");
        assertEquals(0, archived.stream().filter(m -> m.hasExtension("sxe", "urn:xmpp:sxe:0")).count(),
                "board elements archived");
    }

    private static int bytes(CharSequence xml) {
        return xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static List<Message> drawTwoShapesAndReadTheArchive(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice, "alice");
            RoomId bobRoom = join(bob, room, "bob");
            BoardId board = Waiting.await(service().openRoom(room)).board();
            service().edit(board, Edit.Add.of(ShapeKind.LINE, points(0, 0, 10, 10), Style.DEFAULT));
            service().edit(board, Edit.Add.of(ShapeKind.RECTANGLE, points(5, 5, 20, 20), Style.DEFAULT));
            await(board, "both shapes confirmed by the room", s -> s.pendingEdits() == 0 && s.shapes().size() == 2);
            Waiting.await(Boards.muc().send(room, "after the drawing"));

            var muc = MultiUserChatManager.getInstanceFor(((SmackSession) bob).connection())
                    .getMultiUserChat(JidCreate.entityBareFrom(bobRoom.room()));
            return MamManager.getInstanceFor(muc).queryMostRecentPage(null, 50).getMessages();
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }
}
