package org.causerie.bench.whiteboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.causerie.core.XmppSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;

/** Accounts connected in this JVM (one session each) in a new room: the first created it. */
final class Room implements AutoCloseable {

    final List<XmppSession> sessions = new ArrayList<>();
    final List<RoomId> rooms = new ArrayList<>();
    final List<String> nicks = new ArrayList<>();

    private Room() {
    }

    /** Connects the users and puts them in a new room, nicknamed after their names ({@code nicks}). */
    static Room of(EjabberdServer server, String... names) {
        List<TestAccount> users = TestAccounts.freshAll(server, names);
        Room room = new Room();
        MucService muc = Services.get(MucService.class);
        String jid = ("wb-bench-" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT) + "@"
                + server.mucDomain();
        for (int i = 0; i < users.size(); i++) {
            XmppSession session = Sessions.connect(server, users.get(i));
            room.sessions.add(session);
            RoomId id = new RoomId(session.account().id(), jid);
            room.rooms.add(id);
            room.nicks.add(names[i]);
            if (i == 0) {
                Waiting.await(muc.create(JoinRequest.of(id, names[i]), true));
            } else {
                Waiting.await(muc.join(JoinRequest.of(id, names[i])));
            }
        }
        return room;
    }

    @Override
    public void close() {
        Sessions.disconnect(sessions.toArray(XmppSession[]::new));
    }
}
