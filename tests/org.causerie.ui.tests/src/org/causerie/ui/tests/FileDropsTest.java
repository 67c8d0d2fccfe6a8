package org.causerie.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.causerie.ui.ContactRef;
import org.causerie.ui.ConversationRef;
import org.causerie.ui.FileDropContribution;
import org.causerie.ui.FileDrops;
import org.causerie.ui.RoomRef;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** Which contribution takes dropped files, which operation is shown, the paths out of FileTransfer's data. */
class FileDropsTest {

    private static final ContactRef BOB = new ContactRef("a1", "bob@example.org", Optional.empty());
    private static final ConversationRef WITH_BOB = new ConversationRef("a1", "bob@example.org");
    private static final RoomRef ROOM = new RoomRef("a1", "lounge@conference.example.org");

    /** Takes contacts of one account; conversations and rooms only when told to. */
    private record Taker(String id, String account, boolean conversations, boolean rooms)
            implements FileDropContribution {
        @Override
        public String label() {
            return id;
        }

        @Override
        public boolean accepts(ContactRef contact) {
            return contact.accountId().equals(account);
        }

        @Override
        public boolean accepts(ConversationRef conversation) {
            return conversations && conversation.accountId().equals(account);
        }

        @Override
        public boolean accepts(RoomRef room) {
            return rooms && room.accountId().equals(account);
        }

        @Override
        public void drop(ContactRef contact, List<Path> files, Shell shell) {
            throw new AssertionError("not dropped here");
        }
    }

    @Test
    void theFirstThatAcceptsTakesTheFiles() {
        Taker other = new Taker("other", "a2", true, true);
        Taker first = new Taker("first", "a1", false, false);
        Taker second = new Taker("second", "a1", true, false);
        List<FileDropContribution> ordered = List.of(other, first, second);
        assertEquals(Optional.of(first), FileDrops.forContact(ordered, BOB));
        assertEquals(Optional.of(second), FileDrops.forConversation(ordered, WITH_BOB));
        assertEquals(Optional.empty(), FileDrops.forContact(List.of(other), BOB));
        assertEquals(Optional.empty(), FileDrops.forContact(List.of(), BOB), "no contribution: nobody takes files");
    }

    @Test
    void aConversationIsRefusedUnlessTheContributionSaysSo() {
        FileDropContribution contactsOnly = new FileDropContribution() {
            @Override
            public String id() {
                return "contacts";
            }

            @Override
            public String label() {
                return "contacts";
            }

            @Override
            public boolean accepts(ContactRef contact) {
                return true;
            }

            @Override
            public void drop(ContactRef contact, List<Path> files, Shell shell) {
                throw new AssertionError("not dropped here");
            }
        };
        assertEquals(Optional.empty(), FileDrops.forConversation(List.of(contactsOnly), WITH_BOB));
        assertEquals(Optional.empty(), FileDrops.forRoom(List.of(contactsOnly), ROOM), "nor a room");
    }

    @Test
    void aRoomGoesToTheFirstThatAcceptsRooms() {
        Taker contacts = new Taker("contacts", "a1", true, false);
        Taker rooms = new Taker("rooms", "a1", false, true);
        assertEquals(Optional.of(rooms), FileDrops.forRoom(List.of(contacts, rooms), ROOM));
        assertEquals(Optional.empty(), FileDrops.forRoom(List.of(rooms), new RoomRef("a2", ROOM.roomJid())));
    }

    @Test
    void filesAreCopiedNeverMovedOrLinked() {
        int all = DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK;
        assertEquals(DND.DROP_COPY, FileDrops.operation(true, all));
        assertEquals(DND.DROP_COPY, FileDrops.operation(true, DND.DROP_COPY));
        assertEquals(DND.DROP_NONE, FileDrops.operation(true, DND.DROP_MOVE | DND.DROP_LINK));
        assertEquals(DND.DROP_NONE, FileDrops.operation(false, all), "nobody takes them");
    }

    @Test
    void pathsComeFromTheStringArray() {
        assertEquals(List.of(Path.of("/tmp/a.txt"), Path.of("/tmp/b c.pdf")),
                FileDrops.paths(new String[] {"/tmp/a.txt", null, " ", "/tmp/b c.pdf", "bad\u0000name"}));
        assertEquals(List.of(), FileDrops.paths(null));
        assertEquals(List.of(), FileDrops.paths("/tmp/a.txt"), "text is not a file list");
    }
}
