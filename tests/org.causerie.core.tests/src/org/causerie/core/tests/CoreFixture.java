package org.causerie.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionException;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Shared steps of the core integration tests. */
final class CoreFixture {

    static final Duration TIMEOUT = Waiting.TIMEOUT;

    private CoreFixture() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(CoreFixture.class).getBundleContext();
    }

    static <T> T service(Class<T> type) {
        return Services.get(type);
    }

    static AccountService accounts() {
        return Sessions.accounts();
    }

    /** An account on the harness's server that trusts its self-signed certificate. */
    static Account.Builder account(EjabberdServer server, TestAccount user) {
        return Sessions.account(server, user);
    }

    static XmppSession connect(EjabberdServer server, TestAccount user) {
        return Sessions.connect(server, user);
    }

    static XmppSession connect(Account account, String password) {
        return Sessions.connect(account, password);
    }

    static <T> T await(CompletableFuture<T> future) {
        return Waiting.await(future);
    }

    /** Asserts that the attempt fails with a connection error of that kind, and returns it. */
    static ConnectionError failure(CompletableFuture<?> future, ConnectionError.Kind expected) {
        ExecutionException thrown = assertThrows(ExecutionException.class,
                () -> future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        ConnectionException failure = assertInstanceOf(ConnectionException.class, thrown.getCause(),
                () -> "expected a ConnectionException, got " + thrown.getCause());
        assertEquals(expected, failure.error().kind(), failure.getMessage());
        return failure.error();
    }

    static void eventually(String what, BooleanSupplier condition) {
        Waiting.eventually(what, condition);
    }

    /** Waits for the condition; the message is computed when it fails, so it can show the latest state. */
    static void eventually(java.util.function.Supplier<String> what, BooleanSupplier condition) {
        Waiting.eventually(what, condition);
    }
}
