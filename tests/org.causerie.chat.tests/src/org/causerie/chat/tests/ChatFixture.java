package org.causerie.chat.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Shared steps of the chat integration tests (after core's CoreFixture). */
final class ChatFixture {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger RESOURCES = new AtomicInteger();

    private ChatFixture() {
    }

    /** The system bundle's context: it stays valid while the tests stop and start the chat bundle (this fragment's host). */
    private static final BundleContext CONTEXT = FrameworkUtil.getBundle(ChatFixture.class).getBundleContext()
            .getBundle(0).getBundleContext();

    static BundleContext context() {
        return CONTEXT;
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
        } finally {
            tracker.close();
        }
    }

    static ChatService chat() {
        return service(ChatService.class);
    }

    static AccountService accounts() {
        return service(AccountService.class);
    }

    static Bundle chatBundle() {
        return Arrays.stream(context().getBundles()).filter(b -> b.getSymbolicName().equals("org.causerie.chat"))
                .findFirst().orElseThrow();
    }

    static XmppSession connect(EjabberdServer server, TestAccount user) {
        return connect(server, user, "test-" + RESOURCES.incrementAndGet());
    }

    static XmppSession connect(EjabberdServer server, TestAccount user, String resource) {
        Account account = Account.builder(user.jid()).host(server.host()).port(server.c2sPort())
                .resource(resource + "-" + RESOURCES.incrementAndGet())
                .pinnedCertificate(server.certificateSha256()).build();
        return await(accounts().connect(account, user.password().toCharArray()));
    }

    static void disconnect(XmppSession... sessions) {
        for (XmppSession session : sessions) {
            await(accounts().disconnect(session.account().id()));
        }
    }

    /** The conversation of that session's account with that user. */
    static ConversationId conversation(XmppSession session, TestAccount peer) {
        return ConversationId.of(session.account().id(), peer.jid());
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

    /** Waits for the history to satisfy the condition and returns it. */
    static List<ChatMessage> historyWhen(ConversationId id, String what,
            java.util.function.Predicate<List<ChatMessage>> condition) {
        ChatService chat = chat();
        eventually(() -> what + " (history: " + brief(chat.history(id)) + ")",
                () -> condition.test(chat.history(id)));
        return chat.history(id);
    }

    static String brief(List<ChatMessage> history) {
        return history.stream().map(m -> m.direction() + " " + m.state() + " "
                + (m.body().length() > 40 ? m.body().substring(0, 40) + "..." : m.body())).toList().toString();
    }

    static void eventually(Supplier<String> what, BooleanSupplier condition) {
        eventually(what, condition, TIMEOUT);
    }

    static void eventually(Supplier<String> what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertTrue(condition.getAsBoolean(), () -> what.get() + " within " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
