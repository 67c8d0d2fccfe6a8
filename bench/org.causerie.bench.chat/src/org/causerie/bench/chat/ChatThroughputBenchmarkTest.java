package org.causerie.bench.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.bench.RawConnections;
import org.causerie.chat.ChatListener;
import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.mam.element.MamPrefsIQ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One-to-one message throughput through {@link ChatService} (sent until the
 * peer's ChatService has every message) next to raw Smack sending the same chat
 * messages on the same server, in one run, with server-side archiving off so the
 * clients' share is what is measured. A second raw Smack pair runs as a control
 * (its ratio is the noise floor); the three take turns in rotating order, round
 * after round, and each one's median round is reported. Prints lines starting
 * with {@code BENCH}; asserts no timings.
 */
@ExtendWith(EjabberdExtension.class)
class ChatThroughputBenchmarkTest {

    private static final long WAIT_SECONDS = 300;
    private static final int ROUNDS = 5;

    @Test
    void chatServiceNextToRawSmack(EjabberdServer server) throws Exception {
        int count = Integer.getInteger("causerie.bench.messages", 5000);
        List<TestAccount> users = TestAccounts.freshAll(server, "chat-a", "chat-b", "chat-ra", "chat-rb", "chat-ka",
                "chat-kb");
        for (TestAccount user : users) {
            RawConnections.archiving(server, user, MamPrefsIQ.DefaultBehavior.never);
        }
        AccountService accounts = service(AccountService.class);
        ChatService chat = service(ChatService.class);
        Account a = account(server, users.get(0));
        Account b = account(server, users.get(1));
        XmppSession sessionA = accounts.connect(a, users.get(0).password().toCharArray()).get(30, TimeUnit.SECONDS);
        accounts.connect(b, users.get(1).password().toCharArray()).get(30, TimeUnit.SECONDS);
        XMPPTCPConnection rawA = RawConnections.create(server, users.get(2), "raw-a");
        XMPPTCPConnection rawB = RawConnections.create(server, users.get(3), "raw-b");
        XMPPTCPConnection controlA = RawConnections.create(server, users.get(4), "control-a");
        XMPPTCPConnection controlB = RawConnections.create(server, users.get(5), "control-b");
        for (XMPPTCPConnection connection : List.of(rawA, rawB, controlA, controlB)) {
            connection.connect().login();
        }
        try {
            ConversationId outgoing = ConversationId.of(a.id(), users.get(1).jid());
            ConversationId incoming = ConversationId.of(b.id(), sessionA.account().jid());
            List<Phase> phases = List.of(
                    new Phase(n -> throughChat(chat, outgoing, incoming, n)),
                    new Phase(n -> raw(rawA, rawB, users.get(3), n)),
                    new Phase(n -> raw(controlA, controlB, users.get(5), n)));
            for (Phase phase : phases) {
                phase.run.send(200);
            }
            // rounds in rotating order, so load from elsewhere on the machine hits all three alike
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < phases.size(); k++) {
                    phases.get((round + k) % phases.size()).measure(count);
                }
            }
            Phase causerie = phases.get(0);
            Phase raw = phases.get(1);
            Phase control = phases.get(2);
            print(String.format(Locale.ROOT, "1:1 throughput, archiving off (n=%d, median of %d rounds)  ChatService"
                    + " %.0f msg/s | raw smack %.0f msg/s | ratio %.3f | control %.0f msg/s, ratio %.3f", count,
                    ROUNDS, causerie.median(), raw.median(), causerie.median() / raw.median(), control.median(),
                    control.median() / raw.median()));
            // where the time goes: the clients (this JVM) or the rest of the machine (the server, other load)
            print(String.format(Locale.ROOT, "1:1 CPU per message  ChatService: clients %.0f us, rest %.0f us"
                    + " | raw smack: clients %.0f us, rest %.0f us", causerie.clientMicros(count),
                    causerie.restMicros(count), raw.clientMicros(count), raw.restMicros(count)));
            print("target (ChatService at least 90 % of raw Smack): "
                    + (causerie.median() >= 0.9 * raw.median() ? "met" : "NOT met"));
        } finally {
            for (XMPPTCPConnection connection : List.of(rawA, rawB, controlA, controlB)) {
                connection.disconnect();
            }
            accounts.disconnect(a.id()).get(30, TimeUnit.SECONDS);
            accounts.disconnect(b.id()).get(30, TimeUnit.SECONDS);
        }
    }

    /** Sends n messages and returns messages per second once all arrived. */
    private interface Run {
        double send(int n) throws Exception;
    }

    /** One client's rounds: throughput per round and the CPU they took. */
    private static final class Phase {
        final Run run;
        final List<Double> rates = new ArrayList<>();
        long jvmTicks;
        long busyTicks;

        Phase(Run run) {
            this.run = run;
        }

        void measure(int n) throws Exception {
            long[] before = CpuClock.now();
            rates.add(run.send(n));
            long[] after = CpuClock.now();
            jvmTicks += after[0] - before[0];
            busyTicks += after[1] - before[1];
        }

        double median() {
            List<Double> sorted = new ArrayList<>(rates);
            Collections.sort(sorted);
            int half = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(half) : (sorted.get(half - 1) + sorted.get(half)) / 2;
        }

        double clientMicros(int n) {
            return jvmTicks * CpuClock.MS_PER_TICK * 1000 / ((double) n * rates.size());
        }

        double restMicros(int n) {
            return (busyTicks - jvmTicks) * CpuClock.MS_PER_TICK * 1000 / ((double) n * rates.size());
        }
    }

    private static double throughChat(ChatService chat, ConversationId outgoing, ConversationId incoming, int count)
            throws InterruptedException {
        AtomicInteger received = new AtomicInteger();
        ChatListener listener = new ChatListener() {
            @Override
            public void messageAdded(ChatMessage message) {
                if (message.conversation().equals(incoming)) {
                    received.incrementAndGet();
                }
            }
        };
        chat.addChatListener(listener);
        try {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                chat.send(outgoing, "message number " + i);
            }
            awaitCount(received, count);
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            chat.removeChatListener(listener);
        }
    }

    private static double raw(XMPPTCPConnection sender, XMPPTCPConnection receiver, TestAccount to, int count)
            throws Exception {
        AtomicInteger received = new AtomicInteger();
        StanzaListener counter = s -> received.incrementAndGet();
        receiver.addSyncStanzaListener(counter, MessageTypeFilter.CHAT);
        try {
            var jid = JidCreate.entityBareFrom(to.jid());
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                sender.sendStanza(sender.getStanzaFactory().buildMessageStanza().to(jid)
                        .ofType(Message.Type.chat).setBody("message number " + i).build());
            }
            awaitCount(received, count);
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            receiver.removeSyncStanzaListener(counter);
        }
    }

    private static void awaitCount(AtomicInteger received, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (received.get() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + received.get() + " of " + count + " messages arrived");
            }
            Thread.sleep(1);
        }
    }

    private static Account account(EjabberdServer server, TestAccount user) {
        return Account.builder(user.jid()).host(server.host()).port(server.c2sPort()).resource("bench-chat")
                .pinnedCertificate(server.certificateSha256()).build();
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        var context = FrameworkUtil.getBundle(ChatThroughputBenchmarkTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(30_000);
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName());
        }
        return service;
    }

    /** The benchmark's output is its result. */
    private static void print(String line) {
        System.out.println("BENCH " + line);
        System.out.flush();
    }
}
