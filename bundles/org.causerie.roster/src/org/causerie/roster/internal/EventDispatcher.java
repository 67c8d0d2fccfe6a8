package org.causerie.roster.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.causerie.roster.RosterListener;

/**
 * Calls the roster listeners on one thread, so every listener sees one account's
 * events in order, and no Smack thread waits for a listener. Changes that pile up
 * while listeners are busy are merged by {@link RosterState#drain()}.
 */
final class EventDispatcher {

    private static final Logger LOG = System.getLogger(EventDispatcher.class.getName());

    private final List<RosterListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "causerie-roster-events");
        t.setDaemon(true);
        return t;
    });

    void add(RosterListener listener) {
        listeners.add(listener);
    }

    void remove(RosterListener listener) {
        listeners.remove(listener);
    }

    /** Schedules a drain of the state's pending changes. */
    void wake(RosterState state) {
        fire(l -> state.drain().ifPresent(change -> {
            for (RosterListener listener : listeners) {
                call(listener, x -> x.rosterChanged(change));
            }
        }));
    }

    /** Schedules a call of every listener. */
    void fireAll(Consumer<RosterListener> event) {
        fire(l -> {
            for (RosterListener listener : listeners) {
                call(listener, event);
            }
        });
    }

    private void fire(Consumer<Void> task) {
        if (!thread.isShutdown()) {
            thread.execute(() -> task.accept(null));
        }
    }

    private static void call(RosterListener listener, Consumer<RosterListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "roster listener failed", e);
        }
    }

    void shutdown() {
        thread.shutdown();
    }
}
