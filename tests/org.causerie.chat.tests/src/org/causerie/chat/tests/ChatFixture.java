package org.causerie.chat.tests;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.osgi.framework.Bundle;

/** Steps of the chat integration tests; the shared ones come from org.causerie.testing.sessions. */
final class ChatFixture {

    static final Duration TIMEOUT = Waiting.TIMEOUT;

    private ChatFixture() {
    }

    static ChatService chat() {
        return Services.get(ChatService.class);
    }

    static AccountService accounts() {
        return Sessions.accounts();
    }

    /** The chat bundle (this fragment's host), which tests stop and start. */
    static Bundle chatBundle() {
        return Arrays.stream(Services.context().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.causerie.chat")).findFirst().orElseThrow();
    }

    static XmppSession connect(EjabberdServer server, TestAccount user) {
        return Sessions.connect(server, user);
    }

    /** A session whose resource starts with {@code resource} (made unique). */
    static XmppSession connect(EjabberdServer server, TestAccount user, String resource) {
        var account = Sessions.account(server, user);
        return Sessions.connect(account.resource(resource + "-" + account.build().resource()).build(),
                user.password());
    }

    static void disconnect(XmppSession... sessions) {
        Sessions.disconnect(sessions);
    }

    /** The conversation of that session's account with that user. */
    static ConversationId conversation(XmppSession session, TestAccount peer) {
        return ConversationId.of(session.account().id(), peer.jid());
    }

    static <T> T await(CompletableFuture<T> future) {
        return Waiting.await(future);
    }

    /** Waits for the history to satisfy the condition and returns it. */
    static List<ChatMessage> historyWhen(ConversationId id, String what, Predicate<List<ChatMessage>> condition) {
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
        Waiting.eventually(what, condition);
    }

    static void eventually(Supplier<String> what, BooleanSupplier condition, Duration timeout) {
        Waiting.eventually(what, condition, timeout);
    }
}
