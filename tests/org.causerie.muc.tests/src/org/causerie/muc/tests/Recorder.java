package org.causerie.muc.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.causerie.muc.Invitation;
import org.causerie.muc.MucListener;
import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomSnapshot;
import org.causerie.testing.sessions.Waiting;

/** Records what the service tells its listeners, for one account. */
final class Recorder implements MucListener {

    final String accountId;
    final List<RoomEntry> entries = new CopyOnWriteArrayList<>();
    final List<RoomSnapshot> joined = new CopyOnWriteArrayList<>();
    final List<RoomEvent> left = new CopyOnWriteArrayList<>();
    final List<Invitation> invitations = new CopyOnWriteArrayList<>();
    final List<String> bookmarkChanges = new CopyOnWriteArrayList<>();

    Recorder(String accountId) {
        this.accountId = accountId;
    }

    @Override
    public void entryAdded(RoomEntry entry) {
        if (entry.room().accountId().equals(accountId)) {
            entries.add(entry);
        }
    }

    @Override
    public void roomJoined(RoomSnapshot room) {
        if (room.room().accountId().equals(accountId)) {
            joined.add(room);
        }
    }

    @Override
    public void roomLeft(RoomId room, RoomEvent why) {
        if (room.accountId().equals(accountId)) {
            left.add(why);
        }
    }

    @Override
    public void invitationReceived(Invitation invitation) {
        if (invitation.room().accountId().equals(accountId)) {
            invitations.add(invitation);
        }
    }

    @Override
    public void bookmarksChanged(String account) {
        if (account.equals(accountId)) {
            bookmarkChanges.add(account);
        }
    }

    /** @return the first event of that kind about that nickname, waiting for it */
    RoomEvent event(RoomEvent.Kind kind, String nick) {
        return await(entries, "a " + kind + " event about " + nick,
                e -> e instanceof RoomEvent ev && ev.kind() == kind && ev.nick().equals(nick)).map(RoomEvent.class::cast);
    }

    <T> Found<T> await(List<T> list, String what, Predicate<T> condition) {
        Waiting.eventually(() -> what + " (" + accountId + " saw " + list + ")",
                () -> list.stream().anyMatch(condition));
        return new Found<>(list.stream().filter(condition).findFirst().orElseThrow());
    }

    /** A found value. */
    record Found<T>(T value) {
        <R> R map(java.util.function.Function<T, R> f) {
            return f.apply(value);
        }
    }
}
