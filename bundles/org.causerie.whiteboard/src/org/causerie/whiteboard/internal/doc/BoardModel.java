package org.causerie.whiteboard.internal.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Shape;

/**
 * One board on one client, without the network: the {@link Replica}, the user's
 * edits turned into records, and undo and redo of the user's own edits as new
 * records. What to send comes back as {@link Outgoing} elements; what the room
 * delivers goes in through {@link #received}. Not thread-safe.
 */
public final class BoardModel {

    /** Records per {@code <sxe/>} element Causerie sends; a bigger change goes in several. */
    public static final int RECORDS_PER_ELEMENT = 400;

    /** One {@code <sxe/>} element to send: its id and its records. */
    public record Outgoing(String id, List<SxeRecord> records) {
        public Outgoing {
            records = List.copyOf(records);
        }
    }

    private final Replica replica;
    private final Supplier<String> ids;
    private final EditTranslator translator;
    private final ChangePlanner planner;
    private final ShapeReader reader = new ShapeReader();
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final Map<String, String> renamed = new HashMap<>();

    /**
     * @param policy what the board may hold
     * @param self how the room names this client
     * @param ids unique ids, for records and elements (one the board holds already is skipped)
     */
    public BoardModel(ContentPolicy policy, String self, Supplier<String> ids) {
        this.replica = new Replica(policy, self);
        this.ids = () -> fresh(ids);
        this.translator = new EditTranslator(this.ids);
        this.planner = new ChangePlanner(this.ids);
    }

    private String fresh(Supplier<String> ids) {
        String id = ids.get();
        for (int guard = 0; replica.document().node(id).isPresent() && guard < 1_000; guard++) {
            id = ids.get();
        }
        return id;
    }

    public Replica replica() {
        return replica;
    }

    /** @return the shapes as the user sees them, bottom first */
    public List<Shape> shapes() {
        return reader.read(replica.document());
    }

    /**
     * Makes an edit at once.
     *
     * @return the elements to send (empty when the edit changes nothing)
     * @throws IllegalArgumentException when the edit names no shape on the board or the board refuses it
     */
    public List<Outgoing> edit(Edit edit) {
        Change change = translator.translate(replica.document(), edit);
        Optional<ChangePlanner.Plan> plan = planner.plan(replica.document(), change);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<Outgoing> out = apply(plan.get()).orElseThrow(() -> new IllegalArgumentException("the board refuses it"));
        undo.push(plan.get().inverse());
        renamed.putAll(plan.get().renamed());
        redo.clear();
        return out;
    }

    /** @return the id of the shape an {@link Edit.Add} made: the last element it created */
    public static Optional<String> created(List<Outgoing> sent) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            List<SxeRecord> records = sent.get(i).records();
            for (int j = records.size() - 1; j >= 0; j--) {
                if (records.get(j) instanceof NewRecord n && n.type() == NodeType.ELEMENT
                        && !n.fields().parent().isEmpty()) {
                    return Optional.of(n.rid());
                }
            }
        }
        return Optional.empty();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** @return what to send to undo the last own edit that still applies; empty when there is none */
    public List<Outgoing> undo() {
        return step(undo, redo);
    }

    /** @return what to send to redo the last undone edit; empty when there is none */
    public List<Outgoing> redo() {
        return step(redo, undo);
    }

    private List<Outgoing> step(Deque<Change> from, Deque<Change> to) {
        while (!from.isEmpty()) {
            Change change = resolve(from.pop());
            Optional<ChangePlanner.Plan> plan = planner.plan(replica.document(), change);
            if (plan.isEmpty()) {
                continue;
            }
            Optional<List<Outgoing>> out = apply(plan.get());
            if (out.isPresent()) {
                to.push(plan.get().inverse());
                renamed.putAll(plan.get().renamed());
                return out.get();
            }
        }
        return List.of();
    }

    /** Shapes erased and created again have new ids: older entries follow them. */
    private Change resolve(Change change) {
        return switch (change) {
            case Change.Create c -> c;
            case Change.Erase e -> new Change.Erase(e.ids().stream().map(this::current).toList());
            case Change.Restore r -> new Change.Restore(current(r.id()), r.attributes(), r.weight());
        };
    }

    private String current(String id) {
        String now = id;
        for (int guard = 0; renamed.containsKey(now) && guard < 1000; guard++) {
            now = renamed.get(now);
        }
        return now;
    }

    private Optional<List<Outgoing>> apply(ChangePlanner.Plan plan) {
        List<Outgoing> out = new ArrayList<>();
        List<SxeRecord> records = plan.records();
        for (int from = 0; from < records.size(); from += RECORDS_PER_ELEMENT) {
            Outgoing element = new Outgoing(ids.get(), records.subList(from,
                    Math.min(records.size(), from + RECORDS_PER_ELEMENT)));
            if (replica.local(element.id(), element.records()).isPresent()) {
                return out.isEmpty() ? Optional.empty() : Optional.of(out);
            }
            out.add(element);
        }
        return Optional.of(out);
    }
}
