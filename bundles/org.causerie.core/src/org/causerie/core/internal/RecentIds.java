package org.causerie.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the last stanza ids seen per sender, so a message the server
 * delivers twice (a resent stanza after a failed stream resumption, XEP-0198 §5)
 * reaches listeners once.
 */
final class RecentIds {

    private static final int CAPACITY = 4096;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** @return true the first time this sender/id pair is offered */
    synchronized boolean firstTime(String from, String id) {
        return seen.putIfAbsent(from + '\u0000' + id, Boolean.TRUE) == null;
    }
}
