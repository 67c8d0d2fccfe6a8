package org.causerie.whiteboard.internal.doc;

import java.util.Objects;

/** A {@code remove} record (XEP-0284 §10.5.2). */
public record RemoveRecord(String rid) implements SxeRecord {

    public RemoveRecord {
        Objects.requireNonNull(rid, "rid");
    }

    @Override
    public int size() {
        return rid.length();
    }
}
