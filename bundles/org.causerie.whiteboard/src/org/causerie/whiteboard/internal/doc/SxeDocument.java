package org.causerie.whiteboard.internal.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The record tree of one board: every record by rid, each node's children in
 * weight order. Changes go through three primitives (insert, remove a subtree,
 * change a state); while a journal is open each change leaves its inverse there,
 * so a replica can take back its optimistic edits, apply what the room ordered,
 * and replay them ({@link Replica}). Not thread-safe.
 */
public final class SxeDocument {

    private final Map<String, Node> nodes = new HashMap<>();
    private final TreeSet<Node> topLevel = new TreeSet<>(Weights.ORDER);
    private Deque<Runnable> journal;
    private int elements;
    private long clock;

    /** @return the record with that id */
    public Optional<Node> node(String rid) {
        return Optional.ofNullable(nodes.get(rid));
    }

    /**
     * @return the node, or null: for the paths every record of a state goes through (the
     *         product's C1-only JIT does no escape analysis, so each Optional is an allocation)
     */
    Node find(String rid) {
        return nodes.get(rid);
    }

    /** @return the nodes at the top level, in weight order */
    public SortedSet<Node> topLevel() {
        return Collections.unmodifiableSortedSet(topLevel);
    }

    /** @return the root element (the top-level element), if any */
    public Optional<Node> root() {
        return topLevel.stream().filter(n -> n.type() == NodeType.ELEMENT).reduce((a, b) -> b);
    }

    /** @return how many element records there are */
    public int elementCount() {
        return elements;
    }

    /** @return how many records there are */
    public int size() {
        return nodes.size();
    }

    /** @return every node, parents before their children, siblings in weight order */
    public List<Node> inTreeOrder() {
        List<Node> out = new ArrayList<>(nodes.size());
        Deque<Node> todo = new ArrayDeque<>();
        topLevel.descendingIterator().forEachRemaining(todo::push);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            out.add(n);
            n.childrenLastFirst().forEachRemaining(todo::push);
        }
        return out;
    }

    /** @return the parent of a node; empty at the top level or when the parent is unknown */
    public Optional<Node> parentOf(Node node) {
        String parent = node.fields().parent();
        return parent.isEmpty() ? Optional.empty() : node(parent);
    }

    /** Removes every record (the clock goes on, so stamps read before stay stale). */
    void clear() {
        nodes.clear();
        topLevel.clear();
        elements = 0;
        journal = null;
    }

    /** Starts recording the inverse of every change (an open journal is replaced). */
    void openJournal() {
        journal = new ArrayDeque<>();
    }

    /** Undoes every change since {@link #openJournal} and stops recording. */
    void rollBack() {
        Deque<Runnable> undo = journal;
        journal = null;
        if (undo != null) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }
    }

    /** @return how many changes the open journal holds (0 when none is open) */
    int journalSize() {
        return journal == null ? 0 : journal.size();
    }

    /**
     * Keeps the oldest changes of the open journal for good: a later
     * {@link #rollBack} no longer undoes them.
     */
    void keepOldest(int changes) {
        for (int i = 0; i < changes && journal != null && !journal.isEmpty(); i++) {
            journal.removeLast();
        }
    }

    /** Keeps the changes since {@link #openJournal} and stops recording. */
    void closeJournal() {
        journal = null;
    }

    void insert(Node node) {
        nodes.put(node.rid(), node);
        siblings(node.fields().parent()).add(node);
        if (node.type() == NodeType.ELEMENT) {
            elements++;
        }
        touch(node);
        record(() -> detach(node));
    }

    /** Removes a node and everything below it. */
    void removeSubtree(Node node) {
        List<Node> removed = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            removed.add(n);
            n.children().forEach(todo::push);
        }
        touch(node);
        Deque<Runnable> saved = journal;
        journal = null;
        for (int i = removed.size() - 1; i >= 0; i--) {
            detach(removed.get(i));
        }
        journal = saved;
        record(() -> removed.forEach(this::reattach));
    }

    /** Changes a node's state, moving it among siblings when its parent or weight changes. */
    void change(Node node, NodeState next) {
        NodeState previous = node.state();
        boolean moves = !previous.fields().parent().equals(next.fields().parent())
                || previous.fields().weight() != next.fields().weight();
        if (moves) {
            touch(node);
            siblings(previous.fields().parent()).remove(node);
        }
        node.state(next);
        if (moves) {
            siblings(next.fields().parent()).add(node);
        }
        touch(node);
        record(() -> change(node, previous));
    }

    private void reattach(Node node) {
        nodes.put(node.rid(), node);
        siblings(node.fields().parent()).add(node);
        if (node.type() == NodeType.ELEMENT) {
            elements++;
        }
        touch(node);
    }

    private void detach(Node node) {
        nodes.remove(node.rid());
        siblings(node.fields().parent()).remove(node);
        if (node.type() == NodeType.ELEMENT) {
            elements--;
        }
        touch(node);
    }

    private TreeSet<Node> siblings(String parent) {
        if (parent.isEmpty()) {
            return topLevel;
        }
        Node p = nodes.get(parent);
        if (p == null) {
            throw new IllegalStateException("no parent " + parent);
        }
        return p.mutableChildren();
    }

    /** Marks the node and its ancestors changed. */
    private void touch(Node node) {
        long now = ++clock;
        Node n = node;
        int guard = 0;
        while (n != null && guard++ < 10_000) {
            n.touch(now);
            String parent = n.fields().parent();
            n = parent.isEmpty() ? null : nodes.get(parent);
        }
    }

    private void record(Runnable inverse) {
        if (journal != null) {
            journal.push(inverse);
        }
    }
}
