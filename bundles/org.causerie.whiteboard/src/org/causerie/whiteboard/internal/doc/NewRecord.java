package org.causerie.whiteboard.internal.doc;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code new} record (XEP-0284 §10.5.1).
 *
 * @param rid the new record's id
 * @param type its node type
 * @param version its version, 0 unless given (state transfer sends later ones)
 * @param fields its fields; {@code parent} empty at the top level
 * @param creator who created the node, as a state sender says ({@code creator})
 * @param lastModifiedBy who last changed it, as a state sender says ({@code last-modified-by})
 */
public record NewRecord(String rid, NodeType type, int version, Fields fields, Optional<String> creator,
        Optional<String> lastModifiedBy) implements SxeRecord {

    public NewRecord {
        Objects.requireNonNull(rid, "rid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(lastModifiedBy, "lastModifiedBy");
        if (version < 0) {
            throw new IllegalArgumentException("negative version");
        }
    }

    /** @return a version-0 record with no creator */
    public static NewRecord of(String rid, NodeType type, Fields fields) {
        return new NewRecord(rid, type, 0, fields, Optional.empty(), Optional.empty());
    }

    @Override
    public int size() {
        return rid.length() + fields.parent().length() + fields.ns().length() + fields.name().length()
                + fields.chdata().length() + fields.piTarget().length() + fields.piData().length()
                + creator.map(String::length).orElse(0) + lastModifiedBy.map(String::length).orElse(0);
    }
}
