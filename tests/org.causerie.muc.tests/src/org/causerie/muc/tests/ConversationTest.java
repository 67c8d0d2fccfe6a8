package org.causerie.muc.tests;

import static org.causerie.muc.tests.MucFixture.as;
import static org.causerie.muc.tests.MucFixture.await;
import static org.causerie.muc.tests.MucFixture.instantRoom;
import static org.causerie.muc.tests.MucFixture.join;
import static org.causerie.muc.tests.MucFixture.muc;
import static org.causerie.muc.tests.MucFixture.newRoom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

import org.causerie.chat.ChatService;
import org.causerie.core.Account;
import org.causerie.core.ConnectionState;
import org.causerie.core.XmppSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.RoomMessage.Source;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TcpRelay;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messages, private messages, history on entry, the archive, and rejoining after a lost stream. */
@ExtendWith(EjabberdExtension.class)
class ConversationTest {

    static List<RoomMessage> messages(RoomId room) {
        return muc().transcript(room).stream().filter(RoomMessage.class::isInstance).map(RoomMessage.class::cast)
                .toList();
    }

    static List<RoomMessage> messagesWhen(RoomId room, String what, Predicate<List<RoomMessage>> condition) {
        Waiting.eventually(() -> what + " (" + messages(room).stream().map(m -> m.source() + " " + m.body()).toList()
                + ")", () -> condition.test(messages(room)));
        return messages(room);
    }

    static List<String> bodies(List<RoomMessage> messages, Predicate<RoomMessage> which) {
        return messages.stream().filter(which).map(RoomMessage::body).toList();
    }

    @Test
    void messagesAndPrivateMessagesBothWays(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice);
            instantRoom(room, "alice");
            join(bob, room, "bob");
            await(muc().send(room, "hello room"));
            RoomMessage got = messagesWhen(as(bob, room), "bob has alice's message", m -> !m.isEmpty()).get(0);
            assertEquals("alice", got.nick());
            assertEquals(Source.LIVE, got.source());
            assertFalse(got.own());
            assertTrue(got.archiveId().isPresent(), "the room's stanza-id (XEP-0359): " + got);
            assertTrue(messages(room).get(0).own());

            await(muc().sendPrivate(as(bob, room), "alice", "psst, alice"));
            RoomMessage pm = messagesWhen(room, "alice has bob's private message", m -> m.size() == 2).get(1);
            assertEquals(Optional.of("bob"), pm.privateWith());
            assertEquals("psst, alice", pm.body());
            await(muc().sendPrivate(room, "bob", "psst back"));
            List<RoomMessage> bobHas = messagesWhen(as(bob, room), "bob has the answer", m -> m.size() == 3);
            assertEquals(List.of("hello room", "psst, alice", "psst back"), bodies(bobHas, m -> true));
            assertEquals(Optional.of("alice"), bobHas.get(2).privateWith());
            assertTrue(bobHas.get(1).own() && bobHas.get(1).isPrivate());
            // Not 1:1 conversations with the room's JID (the chat bundle leaves them to rooms).
            ChatService chat = Services.get(ChatService.class);
            assertTrue(chat.conversations().stream().noneMatch(c -> c.peer().equalsIgnoreCase(room.room())),
                    chat.conversations().toString());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void historyOnEntryThenTheArchiveWithoutDuplicates(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        try {
            RoomId room = newRoom(server, alice);
            instantRoom(room, "alice");
            for (int i = 1; i <= 6; i++) {
                await(muc().send(room, "line " + i));
            }
            Instant before = Instant.now();
            // Bob asks for the last three on entry (§7.2.15).
            await(muc().join(new JoinRequest(as(bob, room), "bob", Optional.empty(), OptionalInt.of(3))));
            List<RoomMessage> history = messagesWhen(as(bob, room), "bob has three lines of history",
                    m -> m.size() == 3);
            assertEquals(List.of("line 4", "line 5", "line 6"), bodies(history, m -> true));
            assertTrue(history.stream().allMatch(m -> m.source() == Source.HISTORY), history.toString());
            assertTrue(history.stream().allMatch(m -> !m.timestamp().isAfter(before)), "delay stamps");

            List<RoomMessage> older = await(muc().fetchArchive(as(bob, room), 10));
            assertEquals(List.of("line 1", "line 2", "line 3"), bodies(older, m -> true));
            assertTrue(older.stream().allMatch(m -> m.source() == Source.ARCHIVE));
            assertEquals(List.of("line 1", "line 2", "line 3", "line 4", "line 5", "line 6"),
                    bodies(messages(as(bob, room)), m -> true));
            assertEquals(List.of(), await(muc().fetchArchive(as(bob, room), 10)), "nothing older");

            // Leave and come back: the room's history repeats what bob has; each line stays once.
            await(muc().leave(as(bob, room)));
            await(muc().send(room, "line 7"));
            join(bob, room, "bob");
            List<RoomMessage> after = messagesWhen(as(bob, room), "bob has line 7",
                    m -> m.stream().anyMatch(x -> x.body().equals("line 7")));
            assertEquals(List.of("line 1", "line 2", "line 3", "line 4", "line 5", "line 6", "line 7"),
                    bodies(after, m -> true));
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void aNewStreamRejoinsAndMissesNothing(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        try (TcpRelay relay = TcpRelay.start(server.host(), server.c2sPort())) {
            Account viaRelay = Sessions.account(server, users.get(1)).port(relay.port()).build();
            XmppSession bob = Sessions.connect(viaRelay, users.get(1).password());
            Recorder bobSees = new Recorder(bob.account().id());
            muc().addMucListener(bobSees);
            try {
                RoomId room = newRoom(server, alice);
                instantRoom(room, "alice");
                join(bob, room, "bob");
                await(muc().send(room, "before"));
                messagesWhen(as(bob, room), "bob has 'before'", m -> m.size() == 1);
                bobSees.joined.clear();

                // No reconnection until the server forgot bob's hibernating session: otherwise
                // the kick below could hit the new stream (same resource) instead of the old one.
                relay.cutAndHold();
                // The server forgets bob's hibernating session: no resumption, a new stream.
                server.ctl("kick_session", users.get(1).user(), server.domain(), viaRelay.resource(), "test");
                Waiting.eventually("bob is out of alice's room",
                        () -> muc().room(room).orElseThrow().occupant("bob").isEmpty());
                await(muc().send(room, "while away"));
                relay.release();

                bobSees.await(bobSees.joined, "bob rejoined", s -> s.room().equals(as(bob, room)));
                assertEquals(ConnectionState.CONNECTED, bob.state());
                List<RoomMessage> got = messagesWhen(as(bob, room), "bob has what was said while away",
                        m -> m.stream().anyMatch(x -> x.body().equals("while away")));
                assertEquals(List.of("before", "while away"), bodies(got, m -> true));
                assertTrue(muc().room(as(bob, room)).orElseThrow().joined());
                Waiting.eventually("alice sees bob back",
                        () -> muc().room(room).orElseThrow().occupant("bob").isPresent());
            } finally {
                muc().removeMucListener(bobSees);
                Sessions.disconnect(bob);
            }
        } finally {
            Sessions.disconnect(alice);
        }
    }

    static boolean has(List<RoomEntry> entries, String body) {
        return entries.stream().anyMatch(e -> e instanceof RoomMessage m && m.body().equals(body));
    }
}
