package org.causerie.chat.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One thread running tasks in order: store writes and listener calls, away
 * from Smack's listener thread and from callers. When the queue runs empty the
 * idle action runs (the store flushes then, so a burst is written in one go).
 */
final class EventLoop {

    private static final Logger LOG = System.getLogger(EventLoop.class.getName());
    private static final Runnable STOP = () -> {
    };

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Runnable idle;
    private final Thread thread;

    EventLoop(String name, Runnable idle) {
        this.idle = idle;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    void post(Runnable task) {
        queue.add(task);
    }

    private void run() {
        while (true) {
            Runnable task;
            try {
                task = queue.poll();
                if (task == null) {
                    runSafely(idle);
                    task = queue.take();
                }
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) {
                runSafely(idle);
                return;
            }
            runSafely(task);
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat event failed", e);
        }
    }

    /** Runs what is queued, then stops; waits up to the timeout. */
    void stop(long timeout, TimeUnit unit) {
        queue.add(STOP);
        try {
            thread.join(unit.toMillis(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
