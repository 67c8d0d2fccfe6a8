package org.causerie.chat.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One thread running tasks in order: store writes and listener calls, away
 * from Smack's listener thread and from callers. When the queue stays empty for
 * {@value #IDLE_MILLIS} ms, or at least every {@value #MAX_DELAY_MILLIS} ms while
 * tasks keep coming, the idle action runs (the store flushes then, so a burst is
 * written in a few large writes instead of one small write per message).
 */
final class EventLoop {

    private static final Logger LOG = System.getLogger(EventLoop.class.getName());
    private static final Runnable STOP = () -> {
    };
    /** How long the queue must stay empty before the idle action runs. */
    static final long IDLE_MILLIS = 2;
    /** The longest the idle action waits while tasks keep coming. */
    static final long MAX_DELAY_MILLIS = 50;

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
        long lastIdle = System.nanoTime();
        while (true) {
            Runnable task;
            try {
                task = queue.poll();
                if (task == null) {
                    task = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (task == null || System.nanoTime() - lastIdle > TimeUnit.MILLISECONDS.toNanos(MAX_DELAY_MILLIS)) {
                    runSafely(idle);
                    lastIdle = System.nanoTime();
                }
                if (task == null) {
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
