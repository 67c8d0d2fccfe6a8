package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.causerie.whiteboard.BoardListener;

/** Calls the listeners on one thread, in the order events were posted; a failing listener is logged. */
final class Notifier {

    private static final Logger LOG = System.getLogger(Notifier.class.getName());

    private final List<BoardListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "causerie-whiteboard-events");
        t.setDaemon(true);
        return t;
    });

    void add(BoardListener listener) {
        listeners.add(listener);
    }

    void remove(BoardListener listener) {
        listeners.remove(listener);
    }

    void post(Consumer<BoardListener> event) {
        if (thread.isShutdown()) {
            return;
        }
        thread.execute(() -> {
            for (BoardListener l : listeners) {
                try {
                    event.accept(l);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a whiteboard listener failed", e);
                }
            }
        });
    }

    void stop() {
        thread.shutdownNow();
    }
}
