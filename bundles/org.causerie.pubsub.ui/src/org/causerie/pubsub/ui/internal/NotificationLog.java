package org.causerie.pubsub.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;

/**
 * What arrived on subscribed nodes since the workbench started, newest last,
 * bounded (the oldest entries go first). Display thread only.
 */
public final class NotificationLog {

    /** How many entries are kept. */
    public static final int MAX = 500;

    /** What happened. */
    public enum Kind {
        PUBLISHED,
        RETRACTED,
        PURGED,
        DELETED
    }

    /**
     * One notification.
     *
     * @param itemId the item published or retracted, empty for node events
     * @param item the item, for a publication
     */
    public record Entry(Kind kind, NodeId node, Instant arrived, Optional<String> itemId, Optional<PubSubItem> item) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

    public void add(Entry entry) {
        entries.addLast(entry);
        while (entries.size() > MAX) {
            entries.removeFirst();
        }
        listeners.forEach(l -> l.accept(entry));
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    public void addListener(Consumer<Entry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Entry> listener) {
        listeners.remove(listener);
    }
}
