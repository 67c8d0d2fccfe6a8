package org.causerie.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionException;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Shared steps of the core integration tests. */
final class CoreFixture {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger RESOURCES = new AtomicInteger();

    private CoreFixture() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(CoreFixture.class).getBundleContext();
    }

    static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TIMEOUT.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getSimpleName() + " service within " + TIMEOUT);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static AccountService accounts() {
        return service(AccountService.class);
    }

    /** An account on the harness's server that trusts its self-signed certificate. */
    static Account.Builder account(EjabberdServer server, TestAccount user) {
        return Account.builder(user.jid()).host(server.host()).port(server.c2sPort())
                .resource("test-" + RESOURCES.incrementAndGet())
                .pinnedCertificate(server.certificateSha256());
    }

    static XmppSession connect(EjabberdServer server, TestAccount user) {
        return connect(account(server, user).build(), user.password());
    }

    static XmppSession connect(Account account, String password) {
        return await(accounts().connect(account, password.toCharArray()));
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
        eventually(() -> what, condition);
    }

    /** Waits for the condition; the message is computed when it fails, so it can show the latest state. */
    static void eventually(java.util.function.Supplier<String> what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertTrue(condition.getAsBoolean(), () -> what.get() + " within " + TIMEOUT);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
