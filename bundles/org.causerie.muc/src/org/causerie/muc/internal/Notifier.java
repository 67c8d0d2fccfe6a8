package org.causerie.muc.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.causerie.muc.MucListener;

/**
 * Calls the listeners on one thread of its own, in the order the events were
 * posted: never on Smack's reader thread, and a room's events never overtake
 * each other.
 */
final class Notifier {

    private static final Logger LOG = System.getLogger(Notifier.class.getName());

    private final List<MucListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "causerie-muc-events");
        t.setDaemon(true);
        return t;
    });

    void add(MucListener listener) {
        listeners.add(listener);
    }

    void remove(MucListener listener) {
        listeners.remove(listener);
    }

    void post(Consumer<MucListener> event) {
        if (thread.isShutdown()) {
            return;
        }
        thread.execute(() -> {
            for (MucListener listener : listeners) {
                try {
                    event.accept(listener);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a room listener failed", e);
                }
            }
        });
    }

    void stop() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
