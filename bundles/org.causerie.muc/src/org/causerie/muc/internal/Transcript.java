package org.causerie.muc.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomMessage;

/**
 * One room's conversation, oldest first, bounded. A message is kept once even
 * when it comes again: in the history a room sends on every (re)join, and from
 * its archive. Two messages are the same when they carry the same archive id
 * (the room's stanza-id, XEP-0359 §3, which is also the MAM result id,
 * XEP-0313 §4.2) or, failing that, the same sender nickname and stanza id
 * (a room keeps the sender's id in its history). Not thread-safe: the room
 * guards it.
 */
final class Transcript {

    /** How many entries a room keeps in memory. */
    static final int MAX_ENTRIES = 5_000;

    private final List<RoomEntry> entries = new ArrayList<>();
    private final Set<String> archiveIds = new HashSet<>();
    private final Set<String> senderIds = new HashSet<>();
    private final int max;

    Transcript() {
        this(MAX_ENTRIES);
    }

    Transcript(int max) {
        this.max = max;
    }

    /** @return whether the message is already here */
    boolean contains(RoomMessage message) {
        return message.archiveId().filter(archiveIds::contains).isPresent()
                || senderIds.contains(senderKey(message));
    }

    /**
     * Appends a live or history entry.
     *
     * @return false when it is a message already here (nothing is added)
     */
    boolean append(RoomEntry entry) {
        if (entry instanceof RoomMessage message) {
            if (contains(message)) {
                return false;
            }
            remember(message);
        }
        entries.add(entry);
        trim();
        return true;
    }

    /**
     * Adds messages from the archive where they belong by time, before any later
     * entry (an archive page is older than what the room sent since).
     *
     * @return those that were not here yet, oldest first
     */
    List<RoomMessage> insertArchived(List<RoomMessage> fetched) {
        List<RoomMessage> added = new ArrayList<>();
        for (RoomMessage message : fetched) {
            if (contains(message)) {
                continue;
            }
            remember(message);
            int at = 0;
            while (at < entries.size() && !entries.get(at).timestamp().isAfter(message.timestamp())) {
                at++;
            }
            entries.add(at, message);
            added.add(message);
        }
        trim();
        return added;
    }

    /** @return the archive id of the oldest message that has one */
    Optional<String> oldestArchiveId() {
        return entries.stream().filter(RoomMessage.class::isInstance).map(RoomMessage.class::cast)
                .filter(m -> !m.isPrivate()).map(RoomMessage::archiveId).flatMap(Optional::stream).findFirst();
    }

    /** @return the newest message, to ask the room only for history after it on a rejoin */
    Optional<RoomMessage> newestMessage() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i) instanceof RoomMessage m && !m.isPrivate()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    List<RoomEntry> entries() {
        return List.copyOf(entries);
    }

    private void remember(RoomMessage message) {
        message.archiveId().ifPresent(archiveIds::add);
        senderIds.add(senderKey(message));
    }

    private static String senderKey(RoomMessage message) {
        return message.privateWith().map(p -> "pm\u0000" + p).orElse("") + "\u0000" + message.nick() + "\u0000"
                + message.id();
    }

    private void trim() {
        while (entries.size() > max) {
            entries.remove(0);
        }
    }
}
