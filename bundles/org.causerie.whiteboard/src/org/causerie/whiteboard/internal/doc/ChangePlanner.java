package org.causerie.whiteboard.internal.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a {@link Change} into the SXE records that make it, against the board
 * as the user sees it, and works out the change that would undo it. Sends
 * conservatively: elements carry the SVG namespace, children are removed before
 * their parent (XEP-0284 §10.5.2), sets name the next version (§10.6.1).
 */
public final class ChangePlanner {

    /**
     * @param records what to send
     * @param inverse what undoes it
     * @param renamed shapes that come back under new ids when the inverse runs: old id to new id
     */
    public record Plan(List<SxeRecord> records, Change inverse, Map<String, String> renamed) {
        public Plan {
            records = List.copyOf(records);
            renamed = Map.copyOf(renamed);
        }
    }

    private final Supplier<String> ids;

    /** @param ids new record ids, unique (GUIDs, XEP-0284 §3) */
    public ChangePlanner(Supplier<String> ids) {
        this.ids = ids;
    }

    /** @return the plan, or empty when nothing it names is on the board any more */
    public Optional<Plan> plan(SxeDocument doc, Change change) {
        return switch (change) {
            case Change.Create c -> Optional.of(create(doc, c));
            case Change.Erase e -> erase(doc, e);
            case Change.Restore r -> restore(doc, r);
        };
    }

    private Plan create(SxeDocument doc, Change.Create c) {
        List<SxeRecord> out = new ArrayList<>();
        String root = doc.root().map(Node::rid).orElseGet(() -> {
            String id = ids.get();
            out.add(NewRecord.of(id, NodeType.ELEMENT, new Fields("", 0, SvgPolicy.SVG_NS, "svg", "", "", "")));
            return id;
        });
        float top = doc.root().map(r -> r.children().isEmpty() ? 0f : (float) Math.floor(r.children().last()
                .weight())).orElse(0f);
        List<String> created = new ArrayList<>();
        for (Change.Copy copy : c.copies()) {
            float weight = copy.weight().orElse(++top);
            out.add(NewRecord.of(copy.id(), NodeType.ELEMENT,
                    new Fields(root, weight, SvgPolicy.SVG_NS, copy.name(), "", "", "")));
            copy.attributes().forEach((name, value) -> out.add(attribute(copy.id(), name, value)));
            copy.text().ifPresent(t -> out.add(NewRecord.of(ids.get(), NodeType.TEXT,
                    new Fields(copy.id(), 0, "", "", t, "", ""))));
            created.add(copy.id());
        }
        return new Plan(out, new Change.Erase(created), Map.of());
    }

    private NewRecord attribute(String parent, String name, String value) {
        boolean xlink = name.equals(Geometry.XLINK_HREF);
        return NewRecord.of(ids.get(), NodeType.ATTR, new Fields(parent, 0, xlink ? SvgPolicy.XLINK_NS : "",
                xlink ? "href" : name, value, "", ""));
    }

    private Optional<Plan> erase(SxeDocument doc, Change.Erase e) {
        List<SxeRecord> out = new ArrayList<>();
        List<Change.Copy> copies = new ArrayList<>();
        Map<String, String> renamed = new HashMap<>();
        for (String id : e.ids()) {
            Optional<Node> node = doc.node(id).filter(n -> n.type() == NodeType.ELEMENT);
            if (node.isEmpty()) {
                continue;
            }
            Change.Copy copy = copy(node.get(), ids.get());
            copies.add(copy);
            renamed.put(id, copy.id());
            removals(node.get(), out);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new Plan(out, new Change.Create(copies), renamed));
    }

    /** Removes of a node's records, children before their parent. */
    private static void removals(Node node, List<SxeRecord> out) {
        Deque<Node> todo = new ArrayDeque<>();
        List<Node> order = new ArrayList<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            order.add(n);
            n.children().forEach(todo::push);
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            out.add(new RemoveRecord(order.get(i).rid()));
        }
    }

    /** @return the element as it is now, to be created again under a new id */
    static Change.Copy copy(Node element, String newId) {
        Map<String, String> attributes = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        boolean hasText = false;
        for (Node child : element.children()) {
            if (child.type() == NodeType.ATTR) {
                boolean xlink = child.fields().ns().equals(SvgPolicy.XLINK_NS);
                attributes.put(xlink ? Geometry.XLINK_HREF : child.fields().name(), child.fields().chdata());
            } else if (child.type() == NodeType.TEXT) {
                text.append(child.fields().chdata());
                hasText = true;
            }
        }
        return new Change.Copy(newId, element.fields().name(), Optional.of(element.fields().weight()), attributes,
                hasText ? Optional.of(text.toString()) : Optional.empty());
    }

    private Optional<Plan> restore(SxeDocument doc, Change.Restore r) {
        Optional<Node> element = doc.node(r.id()).filter(n -> n.type() == NodeType.ELEMENT);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        List<SxeRecord> out = new ArrayList<>();
        Map<String, Optional<String>> before = new LinkedHashMap<>();
        r.attributes().forEach((name, value) -> {
            Optional<Node> existing = attribute(element.get(), name);
            before.put(name, existing.map(n -> n.fields().chdata()));
            if (existing.isPresent() && value.isPresent()) {
                if (!existing.get().fields().chdata().equals(value.get())) {
                    out.add(SetRecord.chdata(existing.get().rid(), existing.get().version() + 1, value.get()));
                }
            } else if (existing.isPresent()) {
                out.add(new RemoveRecord(existing.get().rid()));
            } else if (value.isPresent()) {
                out.add(attribute(r.id(), name, value.get()));
            }
        });
        Optional<Float> weightBefore = Optional.empty();
        if (r.weight().isPresent() && r.weight().get() != element.get().fields().weight()) {
            weightBefore = Optional.of(element.get().fields().weight());
            out.add(SetRecord.weight(r.id(), element.get().version() + 1, r.weight().get()));
        }
        return out.isEmpty() ? Optional.empty()
                : Optional.of(new Plan(out, new Change.Restore(r.id(), before, weightBefore), Map.of()));
    }

    private static Optional<Node> attribute(Node element, String name) {
        boolean xlink = name.equals(Geometry.XLINK_HREF);
        String local = xlink ? "href" : name;
        return element.children().stream().filter(n -> n.type() == NodeType.ATTR
                && n.fields().name().equals(local) && n.fields().ns().equals(xlink ? SvgPolicy.XLINK_NS : ""))
                .findFirst();
    }
}
