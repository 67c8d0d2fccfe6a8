package org.causerie.whiteboard.internal.doc;

import java.util.Optional;

/** The DOM node types a record may stand for (XEP-0284 §10.5.1, attribute {@code type}). */
public enum NodeType {
    ELEMENT("element"), ATTR("attr"), TEXT("text"), COMMENT("comment"),
    PROCESSING_INSTRUCTION("processinginstruction");

    private static final NodeType[] ALL = values();

    private final String wire;

    NodeType(String wire) {
        this.wire = wire;
    }

    /** @return the value of the {@code type} attribute */
    public String wire() {
        return wire;
    }

    /** @return the type named so on the wire */
    public static Optional<NodeType> fromWire(String value) {
        for (NodeType type : ALL) { // values() copies its array on every call
            if (type.wire.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** @return whether records of this type carry {@code ns} and {@code name} */
    public boolean named() {
        return this == ELEMENT || this == ATTR;
    }

    /** @return whether records of this type carry {@code chdata} */
    public boolean hasChdata() {
        return this == ATTR || this == TEXT || this == COMMENT;
    }
}
