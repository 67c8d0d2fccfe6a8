package org.causerie.pubsub.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Calls listeners on one thread of its own, in the order events were posted:
 * never on Smack's reader thread, and a node's events never overtake each other.
 *
 * @param <L> the listener type
 */
public final class Notifier<L> {

    private static final Logger LOG = System.getLogger(Notifier.class.getName());

    private final List<L> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread;

    public Notifier(String name) {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void add(L listener) {
        listeners.add(listener);
    }

    public void remove(L listener) {
        listeners.remove(listener);
    }

    public void post(Consumer<L> event) {
        if (thread.isShutdown() || listeners.isEmpty()) {
            return;
        }
        try {
            thread.execute(() -> {
                for (L listener : listeners) {
                    try {
                        event.accept(listener);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "a listener failed", e);
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopping
        }
    }

    public void stop() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
