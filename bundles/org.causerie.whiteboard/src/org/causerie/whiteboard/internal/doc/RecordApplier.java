package org.causerie.whiteboard.internal.doc;

import java.util.Optional;

/**
 * Applies records to a document by XEP-0284's rules: {@code new} creates a
 * record (§10.5.1), {@code remove} removes it and everything below it
 * (§10.5.2), {@code set} follows §10.6.2 (live: the version goes up by one and
 * the fields change only when that is the version the set names, otherwise
 * they go back to the version before it; in a state transfer the version is
 * taken from the set). Two top-level elements or two attributes of one name
 * on one element: the lower weight goes (§10.3 rules 1 and 4). Everything
 * invalid is refused before it touches the document, for the same reason on
 * every replica.
 */
public final class RecordApplier {

    static final int MAX_RID = 128;
    static final int MAX_DEPTH = 16;

    private final SxeDocument doc;
    private final ContentPolicy policy;

    public RecordApplier(SxeDocument doc, ContentPolicy policy) {
        this.doc = doc;
        this.policy = policy;
    }

    public SxeDocument document() {
        return doc;
    }

    /**
     * @param record the record
     * @param sender who sent it (becomes the creator of a live {@code new})
     * @param history whether it is part of a state transfer (between document-begin and document-end)
     */
    public Outcome apply(SxeRecord record, String sender, boolean history) {
        if (record.size() > policy.limits().maxRecordChars()) {
            return Outcome.refused("a record of " + record.size() + " characters");
        }
        return switch (record) {
            case NewRecord r -> create(r, sender, history);
            case SetRecord r -> set(r, history);
            case RemoveRecord r -> remove(r);
        };
    }

    private Outcome create(NewRecord r, String sender, boolean history) {
        if (r.rid().isEmpty() || r.rid().length() > MAX_RID || hasControl(r.rid())) {
            return Outcome.refused("a bad rid");
        }
        if (doc.find(r.rid()) != null) {
            return Outcome.refused("duplicate rid " + r.rid());
        }
        if (doc.size() >= policy.limits().maxNodes()) {
            return Outcome.refused("the board holds " + doc.size() + " records already");
        }
        if (r.type() == NodeType.ELEMENT && doc.elementCount() >= policy.limits().maxElements()) {
            return Outcome.refused("the board holds " + doc.elementCount() + " elements already");
        }
        Fields f = r.fields();
        Optional<String> shape = shape(r.type(), f);
        if (shape.isPresent()) {
            return Outcome.refused(shape.get());
        }
        Optional<String> refused = check(Optional.empty(), r.type(), f);
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        if (r.type() == NodeType.ELEMENT && f.parent().isEmpty() && doc.root().isPresent()) {
            // Causerie's choice against §10.3 rule 1 ("the lower weight goes"): that rule lets any
            // participant wipe the board with one record. The first root in the session's order stays.
            return Outcome.refused("a second root element " + r.rid());
        }
        Optional<Node> rival = rival(r.type(), f, Optional.empty());
        if (rival.isPresent()) {
            if (Weights.compare(f.weight(), r.rid(), rival.get().weight(), rival.get().rid()) < 0) {
                return Outcome.refused("a lower-weight duplicate of " + rival.get().rid());
            }
            doc.removeSubtree(rival.get());
        }
        Optional<String> creator = history ? stateCreator(r) : Optional.of(sender).filter(s -> !s.isEmpty());
        doc.insert(new Node(r.rid(), r.type(), creator, NodeState.initial(r.version(), f)));
        return Outcome.APPLIED;
    }

    /**
     * The creator a state transfer gives: the one named ({@code creator=''} names none); a record
     * that is not an element and names none has its parent's (StateWriter leaves it out then).
     */
    private Optional<String> stateCreator(NewRecord r) {
        if (r.creator().isPresent() || r.type() == NodeType.ELEMENT) {
            return r.creator().filter(c -> !c.isEmpty());
        }
        Node parent = doc.find(r.fields().parent());
        return parent == null ? Optional.empty() : parent.creator();
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A second root, or a second attribute of the same name on the same element. */
    private Optional<Node> rival(NodeType type, Fields f, Optional<Node> self) {
        if (type == NodeType.ELEMENT && f.parent().isEmpty()) {
            return doc.root().filter(n -> self.isEmpty() || n != self.get());
        }
        if (type != NodeType.ATTR) {
            return Optional.empty();
        }
        Node parent = doc.find(f.parent());
        if (parent == null) {
            return Optional.empty();
        }
        for (Node n : parent.children()) { // a loop, not a stream: this runs for every attribute received
            if (n.type() == NodeType.ATTR && (self.isEmpty() || n != self.get()) && n.fields().name().equals(f.name())
                    && n.fields().ns().equals(f.ns())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> shape(NodeType type, Fields f) {
        if (type.named() && f.name().isEmpty()) {
            return Optional.of("a " + type.wire() + " without a name");
        }
        if (!type.named() && !(f.name().isEmpty() && f.ns().isEmpty())) {
            return Optional.of("a name on a " + type.wire());
        }
        if (!type.hasChdata() && !f.chdata().isEmpty()) {
            return Optional.of("chdata on a " + type.wire());
        }
        return Optional.empty();
    }

    private Outcome set(SetRecord r, boolean history) {
        Optional<Node> target = doc.node(r.rid());
        if (target.isEmpty()) {
            return Outcome.ignored("no record " + r.rid());
        }
        Node node = target.get();
        if (r.version() < (history ? 0 : 1)) {
            return Outcome.refused("version " + r.version());
        }
        NodeType type = node.type();
        if (!type.named() && (r.ns().isPresent() || r.name().isPresent())
                || !type.hasChdata() && r.chdata().isPresent()
                || type != NodeType.PROCESSING_INSTRUCTION && (r.piTarget().isPresent() || r.piData().isPresent())) {
            return Outcome.refused("a field a " + type.wire() + " does not have");
        }
        int next = history ? r.version() : node.version() + 1;
        if (next != r.version()) {
            // §10.6.2 step 3: a set that is not the next version undoes the conflicting edits.
            Fields back = node.state().fieldsAt(r.version() - 1);
            boolean valid = check(Optional.of(node), type, back).isEmpty()
                    && rival(type, back, Optional.of(node)).isEmpty()
                    && back.parent().isEmpty() == node.fields().parent().isEmpty();
            doc.change(node, node.state().next(next, valid ? back : node.fields()));
            return Outcome.reverted("version " + r.version() + " of " + r.rid() + " conflicted; it is version "
                    + next + " now");
        }
        Optional<Fields> merged = merge(node.fields(), r);
        if (merged.isEmpty()) {
            return Outcome.refused("replacefrom/replacen outside the text");
        }
        Fields f = merged.get();
        if (type == NodeType.ELEMENT && (f.parent().isEmpty() != node.fields().parent().isEmpty()
                || !f.name().equals(node.fields().name()) || !f.ns().equals(node.fields().ns()))) {
            return Outcome.refused("renaming an element, or moving it to or from the top level");
        }
        Optional<String> refused = check(Optional.of(node), type, f)
                .or(() -> rival(type, f, Optional.of(node)).map(n -> "would duplicate " + n.rid()));
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        doc.change(node, node.state().next(next, f));
        return Outcome.APPLIED;
    }

    private static Optional<Fields> merge(Fields f, SetRecord r) {
        Fields out = f;
        out = r.parent().map(out::withParent).orElse(out);
        out = r.weight().map(out::withWeight).orElse(out);
        out = r.ns().map(out::withNs).orElse(out);
        out = r.name().map(out::withName).orElse(out);
        if (r.piTarget().isPresent() || r.piData().isPresent()) {
            out = out.withPi(r.piTarget().orElse(out.piTarget()), r.piData().orElse(out.piData()));
        }
        if (r.chdata().isPresent()) {
            if (r.replaceFrom().isEmpty()) {
                out = out.withChdata(r.chdata().get());
            } else {
                Optional<String> replaced = replace(out.chdata(), r.replaceFrom().getAsInt(),
                        r.replaceN().getAsInt(), r.chdata().get());
                if (replaced.isEmpty()) {
                    return Optional.empty();
                }
                out = out.withChdata(replaced.get());
            }
        }
        return Optional.of(out);
    }

    /** §10.6.2: n characters (code points) from the f'th are replaced by c. */
    static Optional<String> replace(String text, int from, int n, String c) {
        int length = text.codePointCount(0, text.length());
        if (from < 0 || n < 0 || from > length || n > length - from) {
            return Optional.empty();
        }
        int start = text.offsetByCodePoints(0, from);
        int end = text.offsetByCodePoints(start, n);
        return Optional.of(text.substring(0, start) + c + text.substring(end));
    }

    private Outcome remove(RemoveRecord r) {
        Optional<Node> target = doc.node(r.rid());
        if (target.isEmpty()) {
            return Outcome.ignored("no record " + r.rid());
        }
        doc.removeSubtree(target.get());
        return Outcome.APPLIED;
    }

    /** XEP-0284's structure first (a known element parent, no cycle), then the content policy. */
    private Optional<String> check(Optional<Node> self, NodeType type, Fields f) {
        if (!f.parent().isEmpty()) {
            Optional<String> structure = structure(doc, self, f.parent());
            if (structure.isPresent()) {
                return structure;
            }
        }
        return policy.check(doc, self, type, f);
    }

    static Optional<String> structure(SxeDocument doc, Optional<Node> self, String parentRid) {
        Node parent = doc.find(parentRid);
        if (parent == null) {
            return Optional.of("unknown parent " + parentRid);
        }
        if (parent.type() != NodeType.ELEMENT) {
            return Optional.of("the parent " + parentRid + " is not an element");
        }
        int depth = 0;
        Node me = self.orElse(null);
        for (Node n = parent; n != null; n = n.fields().parent().isEmpty() ? null : doc.find(n.fields().parent())) {
            if (n == me) {
                return Optional.of("a cycle through " + parentRid);
            }
            if (++depth > MAX_DEPTH) {
                return Optional.of("nested deeper than " + MAX_DEPTH);
            }
        }
        return Optional.empty();
    }

}
