package org.causerie.whiteboard.internal.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The records of a state transfer (XEP-0284 §8.4): for every record, parents
 * first, a {@code new} at the oldest version it keeps and a {@code set} with
 * every field for each later version, so the joiner holds the same versions
 * (and can undo conflicting edits the same way, §10.6.2) as everyone else.
 * A record that is not an element names its {@code creator} only when it is not
 * its parent's (a shape's attributes are nearly always made by its author): the
 * reader takes the parent's creator when none is named ({@link RecordApplier}),
 * and an explicitly empty {@code creator=''} stands for none.
 */
public final class StateWriter {

    /** The prolog Causerie sends: an SVG 1.1 document (the XEP's own example, as a data: URI). */
    public static final String PROLOG = "data:text/xml,%3C%3Fxml%20version%3D%271.0%27%20standalone%3D%27no%27%3F%3E"
            + "%0A%3C%21DOCTYPE%20svg%20PUBLIC%20%27-%2F%2FW3C%2F%2FDTD%20SVG%201.1%2F%2FEN%27%20%27http%3A%2F%2F"
            + "www.w3.org%2FGraphics%2FSVG%2F1.1%2FDTD%2Fsvg11.dtd%27%3E%0A";

    private StateWriter() {
    }

    /** @return the records that rebuild the document, versions included */
    public static List<SxeRecord> records(SxeDocument doc) {
        List<SxeRecord> out = new ArrayList<>(doc.size() * 2);
        records(doc, out::add);
        return out;
    }

    /**
     * Gives the records that rebuild the document, versions included, one node after the other
     * (a state can then be sent while the rest is still being read).
     */
    public static void records(SxeDocument doc, Consumer<SxeRecord> out) {
        for (Node node : doc.inTreeOrder()) {
            var history = node.state().history();
            Map.Entry<Integer, Fields> first = history.firstEntry();
            out.accept(new NewRecord(node.rid(), node.type(), first.getKey(), first.getValue(), creator(doc, node),
                    Optional.empty()));
            if (history.size() > 1) { // most records have one version: no view of the others to make
                for (var entry : history.tailMap(first.getKey(), false).entrySet()) {
                    out.accept(SetRecord.all(node.rid(), entry.getKey(), node.type(), entry.getValue()));
                }
            }
        }
    }

    /** @return the creator to send: none when a non-element inherits its parent's, {@code ""} for none */
    private static Optional<String> creator(SxeDocument doc, Node node) {
        if (node.type() == NodeType.ELEMENT) {
            return node.creator();
        }
        Optional<String> inherited = doc.parentOf(node).flatMap(Node::creator);
        if (node.creator().equals(inherited)) {
            return Optional.empty();
        }
        return node.creator().or(() -> Optional.of(""));
    }
}
