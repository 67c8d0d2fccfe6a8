package org.causerie.core.form;

import java.util.Locale;
import java.util.Optional;

/** The field types of XEP-0004 §3.3. */
public enum FieldType {
    BOOLEAN("boolean"),
    FIXED("fixed"),
    HIDDEN("hidden"),
    JID_MULTI("jid-multi"),
    JID_SINGLE("jid-single"),
    LIST_MULTI("list-multi"),
    LIST_SINGLE("list-single"),
    TEXT_MULTI("text-multi"),
    TEXT_PRIVATE("text-private"),
    TEXT_SINGLE("text-single");

    private final String wireName;

    FieldType(String wireName) {
        this.wireName = wireName;
    }

    /** @return the name in the {@code type} attribute */
    public String wireName() {
        return wireName;
    }

    /** @return whether the field holds several values */
    public boolean multiValued() {
        return this == JID_MULTI || this == LIST_MULTI || this == TEXT_MULTI;
    }

    /**
     * @param wireName a {@code type} attribute, possibly absent (XEP-0004 §3.3: the
     *        default is text-single)
     * @return the type, empty for a name this version does not know
     */
    public static Optional<FieldType> fromWire(String wireName) {
        if (wireName == null || wireName.isEmpty()) {
            return Optional.of(TEXT_SINGLE);
        }
        String name = wireName.toLowerCase(Locale.ROOT);
        for (FieldType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
