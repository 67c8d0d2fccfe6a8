package org.causerie.whiteboard.internal.doc;

import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One record of a {@link SxeDocument} and the DOM node it stands for. Its state
 * changes only through the document (which can roll changes back); children are
 * kept in weight order.
 */
public final class Node {

    private final String rid;
    private final NodeType type;
    private final Optional<String> creator;
    /** Null until the first child: most nodes (attributes, texts) never have one, and a board holds tens of thousands. */
    private TreeSet<Node> children;
    private NodeState state;
    /** Bumped whenever this node or anything below it changes, so readers can cache. */
    private long stamp;

    Node(String rid, NodeType type, Optional<String> creator, NodeState state) {
        this.rid = Objects.requireNonNull(rid);
        this.type = Objects.requireNonNull(type);
        this.creator = Objects.requireNonNull(creator);
        this.state = Objects.requireNonNull(state);
    }

    public String rid() {
        return rid;
    }

    public NodeType type() {
        return type;
    }

    /** @return who created the node: the sender of its {@code new}, or the creator a state named */
    public Optional<String> creator() {
        return creator;
    }

    public NodeState state() {
        return state;
    }

    public Fields fields() {
        return state.fields();
    }

    public int version() {
        return state.version();
    }

    float weight() {
        return state.fields().weight();
    }

    /** @return the children in weight order (a read-only view) */
    public SortedSet<Node> children() {
        return children == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(children);
    }

    /** @return the children, the last first (nothing made for a node without any) */
    Iterator<Node> childrenLastFirst() {
        return children == null ? Collections.emptyIterator() : children.descendingIterator();
    }

    /** @return a number that changes whenever this node or a descendant changes */
    public long stamp() {
        return stamp;
    }

    /** @return the children to change (made at the first call) */
    TreeSet<Node> mutableChildren() {
        if (children == null) {
            children = new TreeSet<>(Weights.ORDER);
        }
        return children;
    }

    void state(NodeState next) {
        state = next;
    }

    void touch(long value) {
        stamp = value;
    }

    @Override
    public String toString() {
        return type.wire() + " " + rid + "@" + state.version() + " " + state.fields();
    }
}
