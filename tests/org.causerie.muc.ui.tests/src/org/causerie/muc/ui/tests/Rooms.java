package org.causerie.muc.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.XmppSession;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;

/** alice and bob, fresh accounts connected in the workbench, and fresh room names on the harness's MUC service. */
final class Rooms implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final TestAccount aliceUser;
    final TestAccount bobUser;
    final XmppSession alice;
    final XmppSession bob;
    final String service;
    private final EjabberdServer server;
    private final List<XmppSession> extra = new ArrayList<>();

    Rooms(EjabberdServer server) {
        this.server = server;
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        aliceUser = users.get(0);
        bobUser = users.get(1);
        alice = Sessions.connect(server, aliceUser);
        bob = Sessions.connect(server, bobUser);
        service = "conference." + server.domain();
    }

    /** @return a further fresh account, connected in the workbench (disconnected on {@link #close()}) */
    Peer another(String base) {
        TestAccount user = TestAccounts.fresh(server, base);
        XmppSession session = Sessions.connect(server, user);
        extra.add(session);
        return new Peer(user, session);
    }

    /** Another connected account: who it is and its session. */
    record Peer(TestAccount user, XmppSession session) {
        RoomId in(String room) {
            return new RoomId(session.account().id(), room);
        }
    }

    /** @return a room name nobody used, as one account sees it */
    String freshRoom(String base) {
        return (base + "-" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36))
                .toLowerCase(Locale.ROOT) + "@" + service;
    }

    RoomId aliceIn(String room) {
        return new RoomId(alice.account().id(), room);
    }

    RoomId bobIn(String room) {
        return new RoomId(bob.account().id(), room);
    }

    @Override
    public void close() {
        Sessions.disconnect(alice, bob);
        extra.stream().filter(s -> Sessions.accounts().session(s.account().id()).isPresent())
                .forEach(Sessions::disconnect);
    }
}
