package org.causerie.whiteboard.internal.doc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One client's copy of a board. The document holds what the room confirmed,
 * in the room's order, with the user's own records not yet confirmed applied on
 * top under a journal. When the room delivers anything, the own records are
 * taken back, the delivered records applied, and the own records still waiting
 * replayed: so the confirmed part is the same function of the room's order on
 * every client, whatever each one's user did meanwhile. Pure: no clock, no threads.
 */
public final class Replica {

    /** Where the confirmed part ends: the last element applied from the room. */
    public record Marker(String sender, String id) {
    }

    /**
     * What one delivery did.
     *
     * @param refused the records refused, with their reasons (someone sent something invalid)
     * @param rolledBack why own edits did not take effect as the user made them
     */
    public record Report(List<String> refused, List<String> rolledBack) {
        public Report {
            refused = List.copyOf(refused);
            rolledBack = List.copyOf(rolledBack);
        }
    }

    /**
     * An own element waiting for the room: its records, and what their latest
     * application did (how many journal entries, whether every record applied).
     */
    private static final class Pending {
        final String id;
        final List<SxeRecord> records;
        int changes;
        boolean clean;

        Pending(String id, List<SxeRecord> records) {
            this.id = id;
            this.records = records;
        }

        String id() {
            return id;
        }
    }

    private final SxeDocument doc = new SxeDocument();
    private final RecordApplier applier;
    private final String self;
    private final LinkedList<Pending> pending = new LinkedList<>();
    private Optional<Marker> last = Optional.empty();

    /**
     * @param policy what the board may hold
     * @param self how the room names this client (the creator of its own shapes)
     */
    public Replica(ContentPolicy policy, String self) {
        this.applier = new RecordApplier(doc, policy);
        this.self = Objects.requireNonNull(self);
    }

    /** @return the board as the user sees it (read only: change it through this class) */
    public SxeDocument document() {
        return doc;
    }

    public int pending() {
        return pending.size();
    }

    /** @return whether an own element with that id waits for confirmation */
    public boolean isPending(String id) {
        return pending.stream().anyMatch(p -> p.id().equals(id));
    }

    /** @return the last element the room delivered, for a state transfer's document-end */
    public Optional<Marker> lastConfirmed() {
        return last;
    }

    /**
     * Reads the confirmed board, without the user's pending records (what a
     * state transfer sends, XEP-0284 §8.4).
     */
    public <T> T confirmed(java.util.function.Function<SxeDocument, T> reader) {
        if (pending.isEmpty()) {
            return reader.apply(doc);
        }
        doc.rollBack();
        try {
            return reader.apply(doc);
        } finally {
            replay();
        }
    }

    /**
     * Applies the user's own records at once, all or nothing.
     *
     * @return why they are refused, or empty when applied (and waiting for the room)
     */
    public Optional<String> local(String id, List<SxeRecord> records) {
        if (pending.isEmpty()) {
            doc.openJournal();
        }
        int before = doc.journalSize();
        boolean clean = true;
        for (SxeRecord r : records) {
            Outcome outcome = applier.apply(r, self, false);
            if (outcome.kind() == Outcome.Kind.REFUSED || outcome.kind() == Outcome.Kind.IGNORED) {
                doc.rollBack();
                replay();
                return Optional.of(outcome.reason());
            }
            clean &= outcome.applied();
        }
        Pending added = new Pending(id, List.copyOf(records));
        added.changes = doc.journalSize() - before;
        added.clean = clean;
        pending.add(added);
        return Optional.empty();
    }

    /**
     * Applies an element the room delivered, in the room's order.
     *
     * @param sender who sent it, as the room names them
     * @param id the element's id
     * @param own whether it is one of ours coming back
     */
    public Report received(String sender, String id, List<SxeRecord> records, boolean own) {
        if (own && confirmsFirst(sender, id, records)) {
            return new Report(List.of(), List.of());
        }
        if (!pending.isEmpty()) {
            doc.rollBack();
        }
        List<String> refused = new ArrayList<>();
        List<String> rolledBack = new ArrayList<>();
        for (SxeRecord r : records) {
            Outcome outcome = applier.apply(r, sender, false);
            if (outcome.kind() == Outcome.Kind.REFUSED) {
                refused.add(outcome.reason());
                if (own) {
                    rolledBack.add("refused: " + outcome.reason());
                }
            } else if (own && outcome.kind() == Outcome.Kind.REVERTED) {
                rolledBack.add(outcome.reason());
            }
        }
        last = Optional.of(new Marker(sender, id));
        if (own) {
            confirm(id, rolledBack);
        }
        replay();
        return new Report(refused, rolledBack);
    }

    /** Forgets an own element that will never come back (the room bounced it). */
    public Report lost(String id) {
        Iterator<Pending> it = pending.iterator();
        while (it.hasNext()) {
            if (it.next().id().equals(id)) {
                doc.rollBack();
                it.remove();
                replay();
                return new Report(List.of(), List.of("the room did not take edit " + id));
            }
        }
        return new Report(List.of(), List.of());
    }

    /**
     * Empties the board, for a state transfer that starts again.
     *
     * @throws IllegalStateException when own edits are pending (none can be made before the state)
     */
    public void reset() {
        if (!pending.isEmpty()) {
            throw new IllegalStateException("edits made before the state arrived");
        }
        doc.clear();
        last = Optional.empty();
    }

    /**
     * Applies a state transfer's records (between document-begin and document-end)
     * to an empty board, or after the earlier records of the same transfer.
     *
     * @throws IllegalStateException when own edits are pending (none can be made before the state)
     */
    public Report history(String sender, List<SxeRecord> records) {
        if (!pending.isEmpty()) {
            throw new IllegalStateException("edits made before the state arrived");
        }
        List<String> refused = new ArrayList<>();
        for (SxeRecord r : records) {
            Outcome outcome = applier.apply(r, sender, true);
            if (outcome.kind() == Outcome.Kind.REFUSED) {
                refused.add(outcome.reason());
            }
        }
        return new Report(refused, List.of());
    }

    /**
     * The room sends back the oldest own element exactly as it was applied last,
     * on the same confirmed board: taking everything back and replaying it would give
     * the same board, so its changes simply become confirmed (with hundreds of own
     * edits in flight, replaying them all at each confirmation is quadratic).
     */
    private boolean confirmsFirst(String sender, String id, List<SxeRecord> records) {
        Pending first = pending.peekFirst();
        if (first == null || !first.clean || !first.id.equals(id) || !sender.equals(self)
                || !first.records.equals(records)) {
            return false;
        }
        doc.keepOldest(first.changes);
        pending.removeFirst();
        if (pending.isEmpty()) {
            doc.closeJournal();
        }
        last = Optional.of(new Marker(sender, id));
        return true;
    }

    /** Own elements the room sends back out of order mean the earlier ones were lost (a room keeps one sender's order). */
    private void confirm(String id, List<String> rolledBack) {
        int index = -1;
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).id().equals(id)) {
                index = i;
                break;
            }
        }
        for (int i = 0; i <= index; i++) {
            Pending p = pending.removeFirst();
            if (i < index) {
                rolledBack.add("edit " + p.id() + " never came back from the room");
            }
        }
    }

    private void replay() {
        if (pending.isEmpty()) {
            return;
        }
        doc.openJournal();
        for (Pending p : pending) {
            int before = doc.journalSize();
            boolean clean = true;
            for (SxeRecord r : p.records) {
                clean &= applier.apply(r, self, false).applied();
            }
            p.changes = doc.journalSize() - before;
            p.clean = clean;
        }
    }
}
