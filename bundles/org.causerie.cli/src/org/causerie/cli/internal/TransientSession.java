package org.causerie.cli.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.causerie.core.OwnPresence;
import org.causerie.core.XmppSession;

/**
 * A session of the command line's transient account
 * ({@link org.causerie.core.AccountService#connect(org.causerie.core.Account, char[])}):
 * nothing is stored, and closing disconnects it.
 */
final class TransientSession implements AutoCloseable {

    private static final Duration DISCONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final Invocation invocation;
    private final XmppSession session;

    private TransientSession(Invocation invocation, XmppSession session) {
        this.invocation = invocation;
        this.session = session;
    }

    static TransientSession open(Invocation invocation, char[] password) throws Exception {
        return open(invocation, password, OwnPresence.available(invocation.account().priority()));
    }

    /** Connects announcing {@code initial} as the first presence. */
    static TransientSession open(Invocation invocation, char[] password, OwnPresence initial) throws Exception {
        CompletableFuture<XmppSession> connecting = invocation.accounts().connect(invocation.account(), password,
                initial);
        try {
            return new TransientSession(invocation, await(connecting, Invocation.NETWORK_TIMEOUT));
        } catch (TimeoutException e) {
            invocation.accounts().disconnect(invocation.account().id());
            throw e;
        }
    }

    XmppSession session() {
        return session;
    }

    @Override
    public void close() {
        try {
            await(invocation.accounts().disconnect(invocation.account().id()), DISCONNECT_TIMEOUT);
        } catch (Exception e) {
            // leaving anyway: the server ends the stream when the process exits
        }
    }

    /** Waits for a future, unwrapping its failure. */
    static <T> T await(CompletableFuture<T> future, Duration timeout) throws Exception {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Exception exception ? exception : e;
        }
    }
}
