package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.doc.SxeRecord;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;

/**
 * Applies the session's elements to a board in the order it delivers them (XEP-0284 §9): the
 * per-sender rate limit, own elements coming back, refusals and rollbacks told to the listeners,
 * and, when this client orders a one-to-one session, the other party's edit sent back in that
 * order. Called under the board's lock.
 */
final class Delivery {

    private static final Logger LOG = System.getLogger(Delivery.class.getName());

    private final BoardId id;
    private final Channel channel;
    private final Replica replica;
    private final BoardArchive archive;
    private final Notifier notifier;
    private final RateLimiter limiter;

    Delivery(BoardId id, Channel channel, Replica replica, BoardArchive archive, Notifier notifier,
            WhiteboardLimits limits) {
        this.id = id;
        this.channel = channel;
        this.replica = replica;
        this.archive = archive;
        this.notifier = notifier;
        this.limiter = new RateLimiter(limits.recordsPerSecond(), limits.burst(), System::nanoTime);
    }

    /**
     * @param ownReflection whether it is our own element coming back from the room
     * @param archiveId the id the room's archive gave it (XEP-0359 stanza-id), or ""
     * @param limited whether the sender's rate limit applies (not to elements read from the archive)
     */
    void apply(String from, String elementId, List<SxeRecord> records, boolean ownReflection, String archiveId,
            boolean limited) {
        boolean own = ownReflection || id.kind() == BoardId.Kind.DIRECT && !channel.orders()
                && replica.isPending(elementId);
        String sender = own && id.kind() == BoardId.Kind.DIRECT ? channel.self() : from;
        archive.confirmed(archiveId);
        if (!own && limited && !limiter.allow(from, Math.max(1, records.size()))) {
            String why = "more than the allowed records per second";
            LOG.log(Level.WARNING, () -> id + ": refused " + records.size() + " records from " + from + ": " + why);
            notifier.post(l -> l.recordsRefused(id, from, why));
            return;
        }
        Replica.Report report = replica.received(sender, elementId, records, own);
        refused(from, report);
        report.rolledBack().forEach(why -> notifier.post(l -> l.editRolledBack(id, why)));
        if (channel.orders() && !own) {
            // The host orders a one-to-one session: the other party's edit comes back to it in that order.
            channel.broadcast(new SxeElement(id.session(), elementId, new SxePayload.State(List.copyOf(records))));
        }
    }

    /** Tells the listeners of records refused (someone sent something invalid). */
    void refused(String from, Replica.Report report) {
        if (!report.refused().isEmpty()) {
            LOG.log(Level.WARNING, () -> id + ": refused records from " + from + ": " + report.refused());
            notifier.post(l -> l.recordsRefused(id, from, String.join("; ", report.refused())));
        }
    }
}
