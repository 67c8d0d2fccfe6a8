package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.PersistenceEvent;
import org.causerie.whiteboard.internal.doc.Joining;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smackx.sid.element.StanzaIdElement;

/**
 * A room board's use of the room's archive (docs/whiteboard.md, Persistence: "What came
 * after the snapshot"): keeps the archive id (XEP-0359 {@code stanza-id} set by the room)
 * of the last confirmed element, which the snapshot stores, and when a joiner starts
 * from the stored snapshot (or from nothing) reads the elements archived after it.
 * {@link #confirmed} and {@link #last} are called under the board's lock.
 */
final class BoardArchive {

    private static final Logger LOG = System.getLogger(BoardArchive.class.getName());
    /** The setting that turns the archive off ({@code false}): no store hint sent, nothing read. */
    static final String SETTING = "causerie.whiteboard.archive";
    /** Archive ids longer than this (a hostile snapshot) are not used. */
    static final int MAX_ID = 256;

    private final BoardId id;
    private final Optional<Archive> archive;
    private final Notifier notifier;
    private String last = "";
    private volatile Optional<String> snapshotMark = Optional.empty();

    /** @param archive the room's archive; empty when turned off or not a room */
    BoardArchive(BoardId id, Optional<Archive> archive, Notifier notifier) {
        this.id = id;
        this.archive = archive;
        this.notifier = notifier;
    }

    /**
     * @return whether the setting turns the archive on ({@code true}; off by default: ejabberd's
     *         mnesia archive slows a room more with every element it holds, docs/whiteboard.md)
     */
    static boolean on(String setting) {
        return setting != null && "true".equalsIgnoreCase(setting.trim());
    }

    /** A confirmed element was applied; its archive id, when it has one, becomes the last. */
    void confirmed(String archiveId) {
        if (!archiveId.isEmpty()) {
            last = archiveId;
        }
    }

    /** @return the archive id of the last confirmed element the room archived, for the snapshot */
    Optional<String> last() {
        return Optional.of(last).filter(s -> !s.isEmpty());
    }

    /** Notes the archive id a stored snapshot names (read on the store thread), and returns it. */
    Snapshots.Stored noting(Snapshots.Stored stored) {
        snapshotMark = (switch (stored) {
            case Snapshots.Stored.Single single -> StoredBoard.archiveId(single.xml());
            case Snapshots.Stored.Parts parts -> Optional.of(parts.head().archiveId()).filter(s -> !s.isEmpty());
            case Snapshots.Stored.Broken broken -> Optional.<String>empty();
        }).filter(s -> s.length() <= MAX_ID);
        return stored;
    }

    /** @return the archive id the room gave a message it sent ({@code stanza-id} with {@code by} the room), or "" */
    static String stanzaId(Message message, String room) {
        for (ExtensionElement e : message.getExtensions(StanzaIdElement.ELEMENT, StanzaIdElement.NAMESPACE)) {
            String by = e instanceof StanzaIdElement s ? s.getBy()
                    : e instanceof StandardExtensionElement x ? x.getAttributeValue("by") : null;
            String value = e instanceof StanzaIdElement s ? s.getId()
                    : e instanceof StandardExtensionElement x ? x.getAttributeValue("id") : null;
            if (room.equals(by) && value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /**
     * Reads what the starting board lacks from the archive: the elements after the stored
     * snapshot's archive id, or every one from the beginning when there is no snapshot.
     * Reports what it did ({@code RECOVERED}; {@code NOT_RECOVERED} when a snapshot's sequel
     * could not be read; without a snapshot, a failure is only logged); never fails.
     *
     * @return the elements to apply, in archive order (their {@code archiveId} set)
     */
    CompletableFuture<List<Joining.Kept>> recover(boolean fromSnapshot) {
        if (archive.isEmpty()) {
            // off (the default): the board is the snapshot, as it always was; nothing to report
            return CompletableFuture.completedFuture(List.of());
        }
        Optional<String> after = fromSnapshot ? snapshotMark : Optional.empty();
        if (fromSnapshot && after.isEmpty()) {
            notRecovered("the stored snapshot names no archive id (written by an older Causerie, or the room"
                    + " archived nothing)");
            return CompletableFuture.completedFuture(List.of());
        }
        return archive.get().after(after).handle((read, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                String why = "reading the room's archive failed: " + cause.getMessage();
                if (fromSnapshot) {
                    notRecovered(why);
                } else {
                    // Nothing stored and nothing to read: a new board, not news (rooms without an archive).
                    LOG.log(Level.INFO, () -> id + ": no snapshot, and " + why);
                }
                return List.of();
            }
            List<Joining.Kept> elements = elements(read);
            String where = fromSnapshot ? "after the snapshot" : "with no snapshot stored";
            String bound = read.complete() ? "" : "; stopped after " + read.scanned()
                    + " archived messages, the rest is not recovered";
            if (elements.isEmpty() && fromSnapshot && read.complete()) {
                event(PersistenceEvent.Kind.RECOVERED, "nothing archived after the snapshot", Level.DEBUG);
            } else if (!elements.isEmpty() || !read.complete()) {
                event(PersistenceEvent.Kind.RECOVERED, elements.size() + " elements from the room's archive "
                        + where + " (" + read.scanned() + " archived messages read" + bound + ")", Level.INFO);
            }
            return elements;
        });
    }

    /** The board's elements among the archived ones: records of this session, as a live element is read. */
    private List<Joining.Kept> elements(Archive.Read read) {
        List<Joining.Kept> out = new ArrayList<>();
        for (Archive.Entry entry : read.entries()) {
            SxeElement element = entry.element();
            if (!id.session().equals(element.session()) || !(element.payload() instanceof SxePayload.State state)) {
                continue;
            }
            if (!element.refused().isEmpty()) {
                LOG.log(Level.WARNING, () -> id + ": archived, from " + entry.sender() + ", left out: "
                        + element.refused());
                notifier.post(l -> l.recordsRefused(id, entry.sender(), String.join("; ", element.refused())));
            }
            if (state.items().stream().anyMatch(i -> i instanceof StateItem.DocumentBegin)) {
                continue; // a state transfer sent to the room: not a live element (Board.state ignores it too)
            }
            out.add(new Joining.Kept(entry.sender(), element.id(), BoardJoin.records(state.items()), false,
                    entry.archiveId()));
        }
        return out;
    }

    private void notRecovered(String why) {
        event(PersistenceEvent.Kind.NOT_RECOVERED, "nothing recovered from the room's archive: " + why, Level.INFO);
    }

    private void event(PersistenceEvent.Kind kind, String detail, Level level) {
        LOG.log(level, () -> id + ": " + detail);
        PersistenceEvent event = new PersistenceEvent(id, kind, detail);
        notifier.post(l -> l.persistence(event));
    }
}
