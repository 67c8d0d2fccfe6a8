package org.causerie.whiteboard.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardListener;
import org.causerie.whiteboard.PersistenceEvent;

/** A board listener keeping every persistence event, for tests to wait for one. */
final class PersistenceEvents implements BoardListener {

    private final List<PersistenceEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void persistence(PersistenceEvent event) {
        events.add(event);
    }

    /** @return the first event of that kind for that board, once there is one */
    PersistenceEvent await(BoardId board, PersistenceEvent.Kind kind) {
        Waiting.eventually(() -> kind + " for " + board + " in " + events, () -> stream()
                .anyMatch(e -> e.board().equals(board) && e.kind() == kind));
        return stream().filter(e -> e.board().equals(board) && e.kind() == kind).findFirst().orElseThrow();
    }

    Stream<PersistenceEvent> stream() {
        return events.stream();
    }

    void clear() {
        events.clear();
    }

    @Override
    public String toString() {
        return events.toString();
    }
}
