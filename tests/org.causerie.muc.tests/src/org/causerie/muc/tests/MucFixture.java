package org.causerie.muc.tests;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.XmppSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomSnapshot;
import org.causerie.testing.TestServer;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.opentest4j.AssertionFailedError;

/** Steps the room tests share. */
final class MucFixture {

    private static final AtomicInteger ROOMS = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    private MucFixture() {
    }

    static MucService muc() {
        return Services.get(MucService.class);
    }

    /** @return a room name nobody used, on the harness's MUC service, as that session's account sees it */
    static RoomId newRoom(TestServer server, XmppSession session) {
        String name = "room-" + ROOMS.incrementAndGet() + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        return new RoomId(session.account().id(), name.toLowerCase(Locale.ROOT) + "@" + server.mucDomain());
    }

    /** @return the same room seen from another account */
    static RoomId as(XmppSession session, RoomId room) {
        return new RoomId(session.account().id(), room.room());
    }

    static RoomSnapshot instantRoom(RoomId room, String nick) {
        return Waiting.await(muc().create(JoinRequest.of(room, nick), true));
    }

    static RoomSnapshot join(XmppSession session, RoomId room, String nick) {
        return Waiting.await(muc().join(JoinRequest.of(as(session, room), nick)));
    }

    static <T> T await(CompletableFuture<T> future) {
        return Waiting.await(future);
    }

    /** @return the MucException the future fails with; fails the test if it succeeds */
    static MucException failure(CompletableFuture<?> future, MucError expected) {
        try {
            Object value = future.get(Waiting.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionFailedError("expected " + expected + " but it succeeded: " + value);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MucException muc) {
                if (muc.error() != expected) {
                    throw new AssertionFailedError("expected " + expected + " but got " + muc.error() + ": "
                            + muc.getMessage(), muc);
                }
                return muc;
            }
            throw new AssertionFailedError("expected a MucException, got " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionFailedError("no outcome: " + e, e);
        }
    }
}
