package org.causerie.whiteboard.internal.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A joiner's side of XEP-0284 §7–§8: accept the first state offer and refuse
 * the others, keep every element the session delivers meanwhile, collect the
 * state from the accepted sender, then hand over the state's records and the
 * kept elements that came after the state's last one ({@code document-end}'s
 * {@code last-sender}/{@code last-id}, matched against the full sender or its
 * resource, i.e. the room nickname). Pure; bounded.
 */
public final class Joining {

    /**
     * An element the session delivered while joining.
     *
     * @param archiveId the id the room's archive gave it (XEP-0359 {@code stanza-id}), empty when none
     */
    public record Kept(String sender, String id, List<SxeRecord> records, boolean own, String archiveId) {

        public Kept(String sender, String id, List<SxeRecord> records, boolean own) {
            this(sender, id, records, own, "");
        }
    }

    /**
     * The finished join: the state's records, then what to apply after them.
     *
     * @param stored the stored snapshot the state names instead of records (Causerie's extension):
     *        then the join is not finished, it waits for {@link #referenced} with the snapshot's records
     */
    public record Done(String stateSender, List<SxeRecord> state, List<Kept> after,
            Optional<StateItem.Stored> stored) {

        public Done(String stateSender, List<SxeRecord> state, List<Kept> after) {
            this(stateSender, state, after, Optional.empty());
        }
    }

    private final int maxKept;
    private final int maxStateRecords;
    private final List<Kept> kept = new ArrayList<>();
    private final List<SxeRecord> state = new ArrayList<>();
    private Optional<String> accepted = Optional.empty();
    private boolean begun;
    private int stateRecords;
    private Optional<StateItem.Stored> stored = Optional.empty();
    private Optional<StateItem.DocumentEnd> referencedEnd = Optional.empty();
    private final StateSink collecting = new StateSink() {
        @Override
        public void begin() {
            state.clear();
        }

        @Override
        public void records(String sender, List<SxeRecord> records) {
            state.addAll(records);
        }
    };
    private boolean overflow;

    /**
     * @param maxKept elements kept while joining, at most
     * @param maxStateRecords records a state may hold, at most
     */
    public Joining(int maxKept, int maxStateRecords) {
        this.maxKept = maxKept;
        this.maxStateRecords = maxStateRecords;
    }

    /** @return true to accept this offer (the first), false to refuse it */
    public boolean offer(String from) {
        if (accepted.isPresent()) {
            return false;
        }
        accepted = Optional.of(from);
        return true;
    }

    public Optional<String> acceptedFrom() {
        return accepted;
    }

    /** @return whether the join went wrong for lack of room (too many elements or records) */
    public boolean overflowed() {
        return overflow;
    }

    /** @return what was kept so far (to apply when no state comes) */
    public List<Kept> keptSoFar() {
        return List.copyOf(kept);
    }

    /** Keeps an element the session delivered. */
    public void keep(Kept element) {
        if (kept.size() >= maxKept) {
            overflow = true;
            return;
        }
        kept.add(element);
    }

    /**
     * Where a joiner puts a state's records as they arrive, so that applying them overlaps
     * their transfer (a board of 10,000 shapes is some 70,000 records in 170 elements).
     */
    public interface StateSink {

        /** A state (re)starts ({@code document-begin}): forget the records given so far. */
        void begin();

        /** Records of the state, in order, as sent by {@code sender}. */
        void records(String sender, List<SxeRecord> records);
    }

    /**
     * Takes state items from a sender; only the accepted sender's count. The records are
     * kept, and handed over in {@link Done#state()}.
     *
     * @return the finished join once {@code document-end} arrives
     */
    public Optional<Done> state(String from, List<StateItem> items) {
        return state(from, items, collecting);
    }

    /**
     * Takes state items from a sender; only the accepted sender's count. The records go to
     * the sink as they arrive ({@link Done#state()} is then empty).
     *
     * @return the finished join once {@code document-end} arrives
     */
    public Optional<Done> state(String from, List<StateItem> items, StateSink sink) {
        if (accepted.isEmpty() || !accepted.get().equals(from)) {
            return Optional.empty();
        }
        List<SxeRecord> batch = new ArrayList<>();
        for (StateItem item : items) {
            switch (item) {
                case StateItem.DocumentBegin b -> {
                    begun = true;
                    stateRecords = 0;
                    stored = Optional.empty();
                    batch.clear();
                    sink.begin();
                }
                case StateItem.Stored s -> {
                    if (begun) {
                        stored = Optional.of(s);
                    }
                }
                case StateItem.DocumentEnd e -> {
                    if (begun) {
                        if (!batch.isEmpty()) {
                            sink.records(from, batch);
                        }
                        if (stored.isPresent() && stateRecords == 0) {
                            referencedEnd = Optional.of(e);
                            return Optional.of(new Done(from, List.of(), List.of(), stored));
                        }
                        return Optional.of(new Done(from, sink == collecting ? List.copyOf(state) : List.of(),
                                after(e)));
                    }
                }
                case SxeRecord r -> {
                    if (begun && stateRecords < maxStateRecords) {
                        batch.add(r);
                        stateRecords++;
                    } else if (begun) {
                        overflow = true;
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            sink.records(from, batch);
        }
        return Optional.empty();
    }

    /**
     * Finishes a join whose state named a stored snapshot ({@link Done#stored()}), once its records
     * were read: they are the state, and what was kept after the state's {@code document-end} (until
     * now: elements kept while the snapshot was read count) comes after them.
     *
     * @throws IllegalStateException when the state named no snapshot
     */
    public Done referenced(List<SxeRecord> records) {
        StateItem.DocumentEnd end = referencedEnd.orElseThrow(() -> new IllegalStateException("no stored state"));
        return new Done(accepted.orElseThrow(), List.copyOf(records), after(end));
    }

    /** @return the stored snapshot the accepted state named, until it is used or {@link #again} */
    public Optional<StateItem.Stored> referencedSnapshot() {
        return referencedEnd.isPresent() ? stored : Optional.empty();
    }

    /** @return the {@code document-end} of a state that named a stored snapshot */
    public Optional<StateItem.DocumentEnd> referencedEnd() {
        return referencedEnd;
    }

    /**
     * The stored snapshot a state named could not be used: the same sender is asked for the state
     * again (with its records); what was kept stays.
     */
    public void again() {
        begun = false;
        stateRecords = 0;
        stored = Optional.empty();
        referencedEnd = Optional.empty();
    }

    /**
     * Finishes the join from a stored snapshot instead of an offered state
     * (nobody offered one): the snapshot's records, then the elements kept since
     * the connect that came after the snapshot's last one.
     *
     * @param sender whom the snapshot's records count as sent by (their creators stay)
     */
    public Done fromSnapshot(String sender, List<SxeRecord> records, StateItem.DocumentEnd end) {
        return new Done(sender, List.copyOf(records), after(end));
    }

    private List<Kept> after(StateItem.DocumentEnd end) {
        if (end.lastId().isEmpty()) {
            return List.copyOf(kept);
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            Kept k = kept.get(i);
            if (k.id().equals(end.lastId()) && sameSender(k.sender(), end.lastSender())) {
                return List.copyOf(kept.subList(i + 1, kept.size()));
            }
        }
        return List.copyOf(kept);
    }

    /** The XEP does not say how last-sender names the sender: a full JID or a room nickname both match. */
    static boolean sameSender(String a, String b) {
        return a.equals(b) || resource(a).equals(b) || a.equals(resource(b));
    }

    private static String resource(String jid) {
        int slash = jid.indexOf('/');
        return slash >= 0 ? jid.substring(slash + 1) : "\u0000";
    }
}
