package org.causerie.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Tracks the contributions of one type for a view: the current list, in order
 * ({@link Contribution#order()}, then id), and a callback on the view's thread
 * whenever one arrives or leaves. Close it when the view goes.
 *
 * @param <T> the contribution type
 */
public final class Contributions<T extends Contribution> implements AutoCloseable {

    private static final Comparator<Contribution> ORDER =
            Comparator.comparingInt(Contribution::order).thenComparing(Contribution::id);

    private final ServiceTracker<T, T> tracker;
    /** Kept here rather than read from the tracker: it adds a service only after addingService returns. */
    private final List<T> registered = new ArrayList<>();
    private final Executor viewThread;
    private final Consumer<List<T>> onChange;

    private Contributions(BundleContext context, Class<T> type, Executor viewThread, Consumer<List<T>> onChange) {
        this.viewThread = viewThread;
        this.onChange = onChange;
        this.tracker = new ServiceTracker<>(context, type, new ServiceTrackerCustomizer<T, T>() {
            @Override
            public T addingService(ServiceReference<T> reference) {
                T service = context.getService(reference);
                if (service != null) {
                    synchronized (registered) {
                        registered.add(service);
                    }
                    changed();
                }
                return service;
            }

            @Override
            public void modifiedService(ServiceReference<T> reference, T service) {
                changed();
            }

            @Override
            public void removedService(ServiceReference<T> reference, T service) {
                synchronized (registered) {
                    registered.remove(service);
                }
                context.ungetService(reference);
                changed();
            }
        });
    }

    /**
     * Starts tracking.
     *
     * @param context the view's bundle context
     * @param type the contribution interface
     * @param viewThread runs the callback where the view may touch its widgets
     *        (e.g. {@code display::asyncExec})
     * @param onChange told the new list after every arrival or departure
     */
    public static <T extends Contribution> Contributions<T> track(BundleContext context, Class<T> type,
            Executor viewThread, Consumer<List<T>> onChange) {
        Contributions<T> contributions = new Contributions<>(context, type, viewThread, onChange);
        contributions.tracker.open();
        return contributions;
    }

    /** @return the contributions registered now, in order */
    public List<T> current() {
        List<T> list;
        synchronized (registered) {
            list = new ArrayList<>(registered);
        }
        list.sort(ORDER);
        return List.copyOf(list);
    }

    private void changed() {
        viewThread.execute(() -> onChange.accept(current()));
    }

    @Override
    public void close() {
        tracker.close();
    }
}
