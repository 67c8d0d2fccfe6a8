package org.causerie.muc.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.jivesoftware.smack.packet.Presence;

/**
 * What we asked of a {@link Room} by presence and wait for its answer to: an entry
 * (XEP-0045 §7.2), leaving (§7.14) or a nickname change (§7.6). Each is a future,
 * completed by the room's presence or failed by its error. Guarded by the room's
 * lock: only its synchronized methods call in.
 */
final class RoomHandshakes {

    private Room.Entry entry;
    private CompletableFuture<Void> leaving;
    private CompletableFuture<Void> renaming;

    boolean entering() {
        return entry != null;
    }

    /** @return a new entry attempt; one under way fails, superseded */
    Room.Entry enter(Room.Mode mode, String nick) {
        if (entry != null) {
            entry.future().completeExceptionally(new MucException(MucError.OTHER, "superseded by a new attempt"));
        }
        entry = new Room.Entry(new CompletableFuture<>(), mode, nick);
        return entry;
    }

    /** An entry ended without our presence (error, timeout): forget it. */
    void entryFailed(Room.Entry failed) {
        if (entry == failed) {
            entry = null;
        }
    }

    /** @return the entry under way, now answered by our presence (the caller completes it) */
    Optional<Room.Entry> entered() {
        Optional<Room.Entry> done = Optional.ofNullable(entry);
        entry = null;
        return done;
    }

    /** The account went away: an entry under way fails. */
    void accountGone() {
        if (entry != null) {
            entry.future().completeExceptionally(new MucException(MucError.NOT_CONNECTED, "the account disconnected"));
            entry = null;
        }
    }

    CompletableFuture<Void> startLeaving() {
        leaving = new CompletableFuture<>();
        return leaving;
    }

    /** Our unavailable presence came: we are out. */
    void left() {
        if (leaving != null) {
            leaving.complete(null);
            leaving = null;
        }
    }

    CompletableFuture<Void> startRenaming() {
        renaming = new CompletableFuture<>();
        return renaming;
    }

    /** Our available presence came while in the room: a nickname change is done. */
    void renamed() {
        if (renaming != null) {
            renaming.complete(null);
            renaming = null;
        }
    }

    /** An error presence: our entry or nickname change was refused (§7.2.6–§7.2.11, §7.6). */
    void refused(Presence presence) {
        if (entry != null) {
            Room.Entry failed = entry;
            entry = null;
            failed.future().completeExceptionally(MucErrors.of(presence.getError(), MucErrors.Context.ENTER));
        } else if (renaming != null) {
            CompletableFuture<Void> failed = renaming;
            renaming = null;
            failed.completeExceptionally(MucErrors.of(presence.getError(), MucErrors.Context.NICK));
        }
    }
}
