package org.causerie.whiteboard.internal.doc;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A record's version, its fields now, and the fields of its recent versions
 * (needed to undo a conflicting set, XEP-0284 §10.6.2 step 3). Immutable: a
 * change makes a new state, which is how the document can roll changes back.
 *
 * @param version the record's version
 * @param fields its fields now
 * @param history fields by version, the newest {@link #WINDOW} versions, the last key being {@code version}
 */
public record NodeState(int version, Fields fields, NavigableMap<Integer, Fields> history) {

    /** How many versions a record keeps: every replica prunes alike, and a state transfer sends them all. */
    public static final int WINDOW = 32;

    public NodeState {
        Objects.requireNonNull(fields, "fields");
        history = Collections.unmodifiableNavigableMap(history);
    }

    /** @return the state of a new record */
    static NodeState initial(int version, Fields fields) {
        TreeMap<Integer, Fields> history = new TreeMap<>();
        history.put(version, fields);
        return new NodeState(version, fields, history);
    }

    /**
     * @return the state after a change to {@code nextVersion} with those fields, pruned to the
     *         window; a change of parent starts the history afresh (Causerie's rule, the same on
     *         every replica: a state transfer can then create every record under its parent, and
     *         no undo of a conflict moves a record back under a parent that may be gone)
     */
    NodeState next(int nextVersion, Fields nextFields) {
        if (!nextFields.parent().equals(fields.parent())) {
            return initial(nextVersion, nextFields);
        }
        TreeMap<Integer, Fields> copy = new TreeMap<>(history.headMap(nextVersion, false));
        copy.put(nextVersion, nextFields);
        while (copy.size() > WINDOW) {
            copy.pollFirstEntry();
        }
        return new NodeState(nextVersion, nextFields, copy);
    }

    /** @return the fields of the newest kept version at or below {@code v}, or the oldest kept */
    Fields fieldsAt(int v) {
        var entry = history.floorEntry(v);
        return entry != null ? entry.getValue() : history.firstEntry().getValue();
    }
}
