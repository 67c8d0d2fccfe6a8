package org.causerie.cli.internal;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.causerie.core.AccountListener;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionException;
import org.causerie.core.ConnectionState;
import org.causerie.core.ConnectionStatus;
import org.causerie.core.MessageListener;
import org.causerie.core.XmppMessage;

/**
 * {@code listen [--count N] [--timeout S]}: one JSON line per received message,
 * flushed at once, until N messages, the timeout, SIGTERM, or the session is lost.
 */
final class ListenCommand implements Command {

    @Override
    public ExitCode run(Invocation invocation, char[] password) throws Exception {
        Options options = invocation.options();
        if (!options.arguments().isEmpty()) {
            throw new UsageException("listen takes no arguments, only --count and --timeout");
        }
        int limit = options.count().orElse(Integer.MAX_VALUE);
        AtomicInteger printed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<ConnectionError> lost = new AtomicReference<>();
        String accountId = invocation.account().id();
        AccountListener statusWatch = new AccountListener() {
            @Override
            public void accountsChanged() {
                // not ours: the transient account is not stored
            }

            @Override
            public void statusChanged(ConnectionStatus status) {
                if (status.accountId().equals(accountId) && status.state() == ConnectionState.FAILED) {
                    lost.set(status.error().orElse(ConnectionError.of(ConnectionError.Kind.OTHER, "session lost")));
                    done.countDown();
                }
            }
        };
        MessageListener printer = message -> print(invocation, message, printed, limit, done);
        invocation.accounts().addListener(statusWatch);
        try (TransientSession connected = TransientSession.open(invocation, password)) {
            connected.session().addMessageListener(printer);
            try {
                waitUntilDone(invocation, done, options.timeout().map(d -> d.toMillis()));
            } finally {
                connected.session().removeMessageListener(printer);
            }
        } finally {
            invocation.accounts().removeListener(statusWatch);
        }
        if (lost.get() != null) {
            throw new ConnectionException(lost.get(), null);
        }
        boolean countMissed = options.count().isPresent() && printed.get() < limit
                && invocation.stop().getCount() > 0;
        return countMissed ? ExitCode.TIMEOUT : ExitCode.OK;
    }

    private static void print(Invocation invocation, XmppMessage message, AtomicInteger printed, int limit,
            CountDownLatch done) {
        synchronized (invocation.out()) {
            if (printed.get() >= limit) {
                return;
            }
            invocation.out().println(Json.message(message));
            invocation.out().flush();
            if (printed.incrementAndGet() >= limit) {
                done.countDown();
            }
        }
    }

    private static void waitUntilDone(Invocation invocation, CountDownLatch done, Optional<Long> timeoutMillis)
            throws InterruptedException {
        long deadline = timeoutMillis.map(t -> System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(t))
                .orElse(Long.MAX_VALUE);
        while (done.getCount() > 0 && invocation.stop().getCount() > 0) {
            long left = deadline == Long.MAX_VALUE ? 200 : Math.min(200, (deadline - System.nanoTime()) / 1_000_000);
            if (left <= 0) {
                return;
            }
            done.await(left, TimeUnit.MILLISECONDS);
        }
    }
}
