package org.causerie.muc.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.causerie.muc.Bookmark;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.causerie.muc.RoomId;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.XMPPConnection;

/**
 * Keeps one session in its rooms across streams: enters the bookmarked rooms
 * marked autojoin when the session starts and after each new stream, and those
 * another client of the account marks autojoin meanwhile (its change notified);
 * tells the rooms when the link drops or the stream is resumed (XEP-0198), and
 * enters the rooms we were in again after a new stream, retrying the failures
 * that pass.
 */
final class RoomRejoins {

    private static final Logger LOG = System.getLogger(RoomRejoins.class.getName());
    /** How many times a room is entered again after a new stream before it is given up. */
    static final int REJOIN_ATTEMPTS = 5;
    static final long REJOIN_FIRST_DELAY_SECONDS = 1;

    private final AccountRooms account;
    private final XMPPConnection connection;
    private final ExecutorService executor;
    /** The rooms bookmarked with autojoin as last read (or saved here): a change enters only the others. */
    private final Set<RoomId> autojoined = new HashSet<>();
    /** Whether the session's first autojoin read the bookmarks (changes before it are left to it). */
    private boolean read;
    private final ConnectionListener links = new ConnectionListener() {
        @Override
        public void connectionClosedOnError(Exception e) {
            account.rooms().forEach(Room::disconnected);
        }

        @Override
        public void authenticated(XMPPConnection c, boolean resumed) {
            if (resumed) {
                account.rooms().forEach(Room::resumed);
            } else {
                executor.execute(RoomRejoins.this::rejoin);
            }
        }
    };

    RoomRejoins(AccountRooms account, ExecutorService executor) {
        this.account = account;
        this.connection = account.connection();
        this.executor = executor;
    }

    /** Listens to the link and enters the autojoin rooms (off the caller's thread). */
    void start() {
        connection.addConnectionListener(links);
        executor.execute(this::autojoin);
    }

    void stop() {
        connection.removeConnectionListener(links);
    }

    /** The account's bookmarks changed (another client, or this one): enter the rooms newly marked autojoin. */
    void bookmarksChanged() {
        executor.execute(() -> autojoin(true));
    }

    /** This client saves a bookmark: marking it autojoin here is no reason to enter the room. */
    synchronized void saving(Bookmark bookmark) {
        if (bookmark.autojoin()) {
            autojoined.add(bookmark.room());
        }
    }

    private void autojoin() {
        autojoin(false);
    }

    /** @param added only the rooms not marked autojoin when the bookmarks were last read */
    private synchronized void autojoin(boolean added) {
        if (added && !read) {
            return;
        }
        try {
            List<Bookmark> bookmarks = account.bookmarks().load();
            Set<RoomId> before = Set.copyOf(autojoined);
            autojoined.clear();
            read = true;
            for (var bookmark : bookmarks) {
                if (!bookmark.autojoin()) {
                    continue;
                }
                autojoined.add(bookmark.room());
                if ((!added || !before.contains(bookmark.room()))
                        && account.room(bookmark.room()).map(r -> !r.joined()).orElse(true)) {
                    enter(bookmark);
                }
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(Level.INFO, () -> account.accountId() + ": bookmarks not read for autojoin: " + e);
        }
    }

    private void enter(Bookmark bookmark) {
        String nick = bookmark.nick().filter(n -> !n.isBlank())
                .orElseGet(() -> connection.getUser().getLocalpart().toString());
        account.enter(new JoinRequest(bookmark.room(), nick, bookmark.password(), OptionalInt.empty()),
                Room.Mode.JOIN, Optional.empty()).exceptionally(e -> {
                    LOG.log(Level.INFO, () -> "autojoin of " + bookmark.room().room() + " failed: "
                            + MucErrors.unwrap(e).getMessage());
                    return null;
                });
    }

    /** A new stream after a lost one: the rooms we were in, entered again, asking only for newer history. */
    private void rejoin() {
        for (Room room : account.rooms()) {
            room.newStream();
            if (room.wanted()) {
                rejoin(room, 0);
            }
        }
        executor.execute(this::autojoin);
    }

    /**
     * Enters a room again after a new stream. The server may not have ended the
     * lost stream's session yet, and its occupant still holds our nickname
     * (conflict, XEP-0045 §7.2.8) or the service is slow under load: such failures
     * are retried a few times, {@value #REJOIN_FIRST_DELAY_SECONDS} s apart and then
     * twice as long each time, before the room is given up.
     */
    private void rejoin(Room room, int attempt) {
        Optional<Date> since = room.newestMessageTime().map(Date::from);
        account.enter(new JoinRequest(room.id(), room.nick(), room.password(), OptionalInt.empty()),
                Room.Mode.JOIN, since).exceptionally(e -> {
                    MucException error = MucErrors.of(e, MucErrors.Context.ENTER);
                    boolean passing = error.error() == MucError.NICK_IN_USE
                            || error.error() == MucError.SERVICE_UNREACHABLE || error.error() == MucError.OTHER;
                    if (passing && attempt < REJOIN_ATTEMPTS - 1 && connection.isAuthenticated()
                            && room.wanted() && !room.joined()) {
                        long delay = REJOIN_FIRST_DELAY_SECONDS << attempt;
                        LOG.log(Level.INFO, () -> "rejoining " + room.id().room() + " failed (" + error.getMessage()
                                + "), again in " + delay + " s");
                        CompletableFuture.delayedExecutor(delay, TimeUnit.SECONDS, executor)
                                .execute(() -> rejoin(room, attempt + 1));
                    } else {
                        LOG.log(Level.WARNING, () -> "rejoining " + room.id().room() + " failed: "
                                + error.getMessage());
                    }
                    return null;
                });
    }
}
