package org.causerie.whiteboard.internal.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.internal.doc.Change.Copy;

/** Turns the user's {@link Edit}s into {@link Change}s against the board as the user sees it. */
public final class EditTranslator {

    private final Supplier<String> ids;

    public EditTranslator(Supplier<String> ids) {
        this.ids = ids;
    }

    /**
     * @throws IllegalArgumentException for a shape not on the board, or an edit that does not fit its kind
     */
    public Change translate(SxeDocument doc, Edit edit) {
        return switch (edit) {
            case Edit.Add a -> add(a);
            case Edit.Move m -> {
                Shape s = shape(doc, m.shapeId());
                List<Point> moved = s.points().stream().map(p -> new Point(p.x() + m.dx(), p.y() + m.dy())).toList();
                yield geometry(s, moved, s.fontSize());
            }
            case Edit.Resize r -> resize(shape(doc, r.shapeId()), r.topLeft(), r.bottomRight());
            case Edit.Restyle r -> {
                Shape s = shape(doc, r.shapeId());
                Map<String, Optional<String>> style = some(Geometry.style(s.kind(), r.style()));
                Geometry.STYLE_ATTRIBUTES.forEach(name -> style.putIfAbsent(name, Optional.empty()));
                yield new Change.Restore(s.id(), style, Optional.empty());
            }
            case Edit.Reorder r -> new Change.Restore(shape(doc, r.shapeId()).id(), Map.of(),
                    Optional.of(weight(doc, r)));
            case Edit.Delete d -> new Change.Erase(List.of(shape(doc, d.shapeId()).id()));
            case Edit.Clear c -> new Change.Erase(doc.root().map(root -> root.children().stream()
                    .filter(n -> n.type() == NodeType.ELEMENT).map(Node::rid).toList()).orElse(List.of()));
        };
    }

    private Change add(Edit.Add a) {
        if (a.points().size() < Geometry.points(a.kind())
                || a.kind() != ShapeKind.PATH && a.points().size() > Geometry.points(a.kind())) {
            throw new IllegalArgumentException(a.kind() + " with " + a.points().size() + " points");
        }
        if (a.kind() == ShapeKind.TEXT && (a.text().isEmpty() || !(a.fontSize() > 0))) {
            throw new IllegalArgumentException("a text needs text and a font size");
        }
        if (a.kind() == ShapeKind.IMAGE && a.image().isEmpty()) {
            throw new IllegalArgumentException("an image needs its data: URI");
        }
        Map<String, String> attributes = new LinkedHashMap<>(Geometry.attributes(a.kind(), a.points(), a.fontSize()));
        attributes.putAll(Geometry.style(a.kind(), a.style()));
        a.image().filter(i -> a.kind() == ShapeKind.IMAGE).ifPresent(i -> attributes.put(Geometry.XLINK_HREF, i));
        return new Change.Create(List.of(new Copy(ids.get(), Geometry.element(a.kind()), Optional.empty(), attributes,
                a.kind() == ShapeKind.TEXT ? a.text() : Optional.empty())));
    }

    private static Change resize(Shape s, Point topLeft, Point bottomRight) {
        List<Point> bounds = s.bounds();
        Point from = bounds.get(0);
        double sx = bounds.get(1).x() - from.x();
        double sy = bounds.get(1).y() - from.y();
        double w = bottomRight.x() - topLeft.x();
        double h = bottomRight.y() - topLeft.y();
        List<Point> scaled = new ArrayList<>();
        for (Point p : s.points()) {
            double x = sx == 0 ? topLeft.x() : topLeft.x() + (p.x() - from.x()) * w / sx;
            double y = sy == 0 ? topLeft.y() : topLeft.y() + (p.y() - from.y()) * h / sy;
            scaled.add(new Point(x, y));
        }
        double fontSize = s.kind() == ShapeKind.TEXT && h > 0 ? h : s.fontSize();
        return geometry(s, scaled, fontSize);
    }

    private static Change geometry(Shape s, List<Point> points, double fontSize) {
        return new Change.Restore(s.id(), some(Geometry.attributes(s.kind(), points, fontSize)), Optional.empty());
    }

    private static Map<String, Optional<String>> some(Map<String, String> values) {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, Optional.of(v)));
        return out;
    }

    /** A weight that puts the element where the reorder says, between its new neighbours. */
    private static float weight(SxeDocument doc, Edit.Reorder r) {
        List<Node> elements = doc.root().map(root -> root.children().stream()
                .filter(n -> n.type() == NodeType.ELEMENT).toList()).orElse(List.of());
        int at = -1;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).rid().equals(r.shapeId())) {
                at = i;
            }
        }
        Node self = elements.get(at);
        int last = elements.size() - 1;
        return switch (r.to()) {
            case FRONT -> at == last ? self.weight() : (float) Math.floor(elements.get(last).weight()) + 1;
            case BACK -> at == 0 ? self.weight() : (float) Math.ceil(elements.get(0).weight()) - 1;
            case FORWARD -> at == last ? self.weight() : at + 1 == last ? elements.get(last).weight() + 1
                    : (elements.get(at + 1).weight() + elements.get(at + 2).weight()) / 2;
            case BACKWARD -> at == 0 ? self.weight() : at == 1 ? elements.get(0).weight() - 1
                    : (elements.get(at - 1).weight() + elements.get(at - 2).weight()) / 2;
        };
    }

    private static Shape shape(SxeDocument doc, String id) {
        Optional<String> root = doc.root().map(Node::rid);
        return doc.node(id).filter(n -> n.type() == NodeType.ELEMENT && root.isPresent()
                && n.fields().parent().equals(root.get())).flatMap(ShapeReader::shape)
                .orElseThrow(() -> new IllegalArgumentException("no shape " + id + " on the board"));
    }
}
