package org.causerie.testing.sessions;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.opentest4j.AssertionFailedError;

/** Waiting for asynchronous outcomes, failing the test with a useful message. */
public final class Waiting {

    /** How long the tests wait for anything the network does. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Waiting() {
    }

    /** @return the future's value; fails the test with its cause or after {@link #TIMEOUT} */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionFailedError("failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionFailedError("no outcome within " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
    }

    public static void eventually(String what, BooleanSupplier condition) {
        eventually(() -> what, condition, TIMEOUT);
    }

    public static void eventually(Supplier<String> what, BooleanSupplier condition) {
        eventually(what, condition, TIMEOUT);
    }

    /** Polls the condition; the message is computed on failure, so it can show the latest state. */
    public static void eventually(Supplier<String> what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                if (condition.getAsBoolean()) {
                    return;
                }
                throw new AssertionFailedError(what.get() + " within " + timeout);
            }
            sleep(25);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
    }
}
