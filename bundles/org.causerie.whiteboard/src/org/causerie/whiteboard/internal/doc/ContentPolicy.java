package org.causerie.whiteboard.internal.doc;

import java.util.Optional;

import org.causerie.whiteboard.WhiteboardLimits;

/**
 * What a document may hold beyond XEP-0284's own structure (which
 * {@link RecordApplier} always enforces: known parents, no cycles, one root).
 * Whiteboards use {@link SvgPolicy}; must be pure, so every replica decides alike.
 */
public interface ContentPolicy {

    WhiteboardLimits limits();

    /**
     * @param doc the document the node would be in (its parent exists and is an element)
     * @param self the node whose fields change, or empty for a new record
     * @param type the node's type
     * @param f the fields it would have
     * @return why that is refused, or empty when allowed
     */
    Optional<String> check(SxeDocument doc, Optional<Node> self, NodeType type, Fields f);
}
