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
 * room (a {@link MucListener}, on the service's event thread). Completes when the
 * expected number has come.
 */
final class HistoryWatch implements MucListener {

    private static final StanzaListener NOTHING = stanza -> {
    };

    private final RoomId room;
    private final int expected;
    private final XMPPConnection connection;
    private final AtomicInteger stanzas = new AtomicInteger();
    private final AtomicInteger entries = new AtomicInteger();
    private volatile String readerThread = "";
    /** When the last expected history stanza was parsed (nanoTime). */
    final CompletableFuture<Long> lastStanza = new CompletableFuture<>();
    /** The transcript key of the last history message the service added. */
    final CompletableFuture<String> lastEntryKey = new CompletableFuture<>();
    /** When the service told its listeners about it (nanoTime). */
    volatile long lastEntryNanos;
    /** Completes when the service says we left the room. */
    final CompletableFuture<RoomEvent> left = new CompletableFuture<>();

    HistoryWatch(RoomId room, int expected, XMPPConnection connection) {
        this.room = room;
        this.expected = expected;
        this.connection = connection;
    }

    void start() {
        connection.addSyncStanzaListener(NOTHING, this::arrived);
    }

    void stop() {
        connection.removeSyncStanzaListener(NOTHING);
    }

    int stanzas() {
        return stanzas.get();
    }

    int entries() {
        return entries.get();
    }

    String readerThread() {
        return readerThread;
    }

    /** The stanza filter: notes history stanzas, lets nothing through to {@link #NOTHING}. */
    private boolean arrived(Stanza stanza) {
        if (stanza instanceof Message message && message.getType() == Message.Type.groupchat
                && message.getBody() != null && message.getFrom() != null
                && message.getFrom().asBareJid().toString().equals(room.room())
                && message.hasExtension(DelayInformation.ELEMENT, DelayInformation.NAMESPACE)) {
            long now = System.nanoTime();
            if (stanzas.incrementAndGet() == expected) {
                readerThread = Thread.currentThread().getName();
                lastStanza.complete(now);
            }
        }
        return false;
    }

    @Override
    public void entryAdded(RoomEntry entry) {
        if (entry.room().equals(room) && entry instanceof RoomMessage message
                && message.source() == RoomMessage.Source.HISTORY && entries.incrementAndGet() == expected) {
            lastEntryNanos = System.nanoTime();
            lastEntryKey.complete(EntryFormatter.key(message));
        }
    }

    @Override
    public void roomLeft(RoomId id, RoomEvent why) {
        if (id.equals(room)) {
            left.complete(why);
        }
    }
}
