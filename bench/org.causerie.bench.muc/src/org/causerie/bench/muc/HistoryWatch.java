package org.causerie.bench.muc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.muc.MucListener;
import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.editor.EntryFormatter;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.delay.packet.DelayInformation;

/**
 * Watches one join's history on the workbench's own connection: each history
 * stanza of the room as Smack's reader thread parses it (a stanza filter runs
 * there, before any listener), and each history message the service adds to the
 * room (a {@link MucListener}, on the service's event thread). The history ends
 * with the room's subject (XEP-0045 §7.2.16): the last history message is the
 * last one before it.
 */
final class HistoryWatch implements MucListener {

    private static final StanzaListener NOTHING = stanza -> {
    };

    private final RoomId room;
    private final XMPPConnection connection;
    private final AtomicInteger stanzas = new AtomicInteger();
    private final AtomicInteger entries = new AtomicInteger();
    private volatile long lastStanzaNanos;
    private volatile String lastKey;
    private volatile long lastKeyNanos;
    private volatile String readerThread = "";
    /** When the last history stanza was parsed (nanoTime), known once the subject came. */
    final CompletableFuture<Long> lastStanza = new CompletableFuture<>();
    /** The transcript key of the last history message the service added, known once it added the subject. */
    final CompletableFuture<String> lastEntryKey = new CompletableFuture<>();
    /** When the service told its listeners about that message (nanoTime). */
    volatile long lastEntryNanos;
    /** Completes when the service says we left the room. */
    final CompletableFuture<RoomEvent> left = new CompletableFuture<>();

    HistoryWatch(RoomId room, XMPPConnection connection) {
        this.room = room;
        this.connection = connection;
    }

    void start() {
        connection.addSyncStanzaListener(NOTHING, this::arrived);
    }

    void stop() {
        connection.removeSyncStanzaListener(NOTHING);
    }

    /** @return the history stanzas parsed before the subject */
    int stanzas() {
        return stanzas.get();
    }

    /** @return the history messages the service added before the subject */
    int entries() {
        return entries.get();
    }

    String readerThread() {
        return readerThread;
    }

    /** The stanza filter: notes history stanzas and the subject, lets nothing through to {@link #NOTHING}. */
    private boolean arrived(Stanza stanza) {
        if (lastStanza.isDone() || !(stanza instanceof Message message) || message.getType() != Message.Type.groupchat
                || message.getFrom() == null || !message.getFrom().asBareJid().toString().equals(room.room())) {
            return false;
        }
        long now = System.nanoTime();
        if (message.getBody() != null && message.hasExtension(DelayInformation.ELEMENT, DelayInformation.NAMESPACE)) {
            stanzas.incrementAndGet();
            lastStanzaNanos = now;
        } else if (message.getBody() == null && message.getSubject() != null) {
            readerThread = Thread.currentThread().getName();
            lastStanza.complete(lastStanzaNanos);
        }
        return false;
    }

    @Override
    public void entryAdded(RoomEntry entry) {
        if (!entry.room().equals(room) || lastEntryKey.isDone()) {
            return;
        }
        if (entry instanceof RoomMessage message && message.source() == RoomMessage.Source.HISTORY) {
            entries.incrementAndGet();
            lastKey = EntryFormatter.key(message);
            lastKeyNanos = System.nanoTime();
        } else if (entry instanceof RoomEvent event && event.kind() == RoomEvent.Kind.SUBJECT_CHANGED
                && lastKey != null) {
            lastEntryNanos = lastKeyNanos;
            lastEntryKey.complete(lastKey);
        }
    }

    @Override
    public void roomLeft(RoomId id, RoomEvent why) {
        if (id.equals(room)) {
            left.complete(why);
        }
    }
}
