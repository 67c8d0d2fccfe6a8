package org.causerie.whiteboard.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
import org.causerie.whiteboard.internal.sxe.StoredParts;

/**
 * Checks a stored snapshot before a board starts from it: it must read
 * ({@link StoredParts#read}, or {@link StoredBoard#read} for the old single-item format) and every record must apply to an empty board under
 * the board's limits and SVG policy. A snapshot anyone may overwrite is taken
 * whole or not at all: part of one would be a board nobody drew.
 *
 * @param records the state's records (empty when refused)
 * @param end its {@code document-end}
 * @param sender the nickname its records count as sent by, when they name no creator
 * @param refusal why it was refused; empty when accepted
 */
record StoredState(List<SxeRecord> records, StateItem.DocumentEnd end, String sender, String refusal) {

    /** Refusal reasons name at most this many records. */
    private static final int REASONS = 5;

    boolean accepted() {
        return refusal.isEmpty();
    }

    /** Checks what the node holds: a snapshot in parts, one of the old single-item format, or neither. */
    static StoredState check(Snapshots.Stored stored, String session, Storage.Bounds bounds, WhiteboardLimits limits,
            String self) {
        return check(decode(stored, session, bounds, limits, Optional.empty()), limits, self);
    }

    /**
     * Reads what the node holds without checking it against a board (a state that named it is
     * applied as a state, each record refused or not), handing the records on as they are read
     * when {@code handOn} is given.
     */
    static StoredBoard.Read decode(Snapshots.Stored stored, String session, Storage.Bounds bounds,
            WhiteboardLimits limits, Optional<Consumer<List<SxeRecord>>> handOn) {
        return switch (stored) {
            case Snapshots.Stored.Single single -> StoredBoard.read(single.xml(), session, bounds.itemBytes(), limits,
                    handOn);
            case Snapshots.Stored.Parts parts -> StoredParts.read(parts.head(), parts.parts(), session,
                    bounds.totalBytes(), limits, handOn);
            case Snapshots.Stored.Broken broken -> new StoredBoard.Read(Optional.empty(), broken.why());
        };
    }

    /** Checks a snapshot of the old single-item format. */
    static StoredState check(String xml, String session, int maxBytes, WhiteboardLimits limits, String self) {
        return check(StoredBoard.read(xml, session, maxBytes, limits), limits, self);
    }

    private static StoredState check(StoredBoard.Read read, WhiteboardLimits limits, String self) {
        if (read.snapshot().isEmpty()) {
            return refused(read.refusal());
        }
        StoredBoard.Decoded decoded = read.snapshot().get();
        String sender = nick(decoded.end().lastSender());
        Replica scratch = new Replica(new SvgPolicy(limits), self);
        List<String> refused = scratch.history(sender, decoded.records()).refused();
        if (!refused.isEmpty()) {
            return refused(refused.size() + " records refused: "
                    + String.join("; ", refused.subList(0, Math.min(REASONS, refused.size()))));
        }
        return new StoredState(decoded.records(), decoded.end(), sender, "");
    }

    private static StoredState refused(String why) {
        return new StoredState(List.of(), new StateItem.DocumentEnd("", ""), "", why);
    }

    /** @return the resource of {@code room/nick}, or the whole when it has none */
    private static String nick(String lastSender) {
        int slash = lastSender.indexOf('/');
        return Optional.of(slash).filter(s -> s >= 0).map(s -> lastSender.substring(s + 1)).orElse(lastSender);
    }
}
