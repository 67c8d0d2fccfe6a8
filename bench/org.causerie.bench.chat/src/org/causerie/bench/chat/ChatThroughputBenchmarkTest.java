package org.causerie.bench.chat;

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
 * clients' share is what is measured. Prints lines starting with {@code BENCH};
 * asserts no timings.
 */
@ExtendWith(EjabberdExtension.class)
class ChatThroughputBenchmarkTest {

    private static final long WAIT_SECONDS = 300;

    @Test
    void chatServiceNextToRawSmack(EjabberdServer server) throws Exception {
        int count = Integer.getInteger("causerie.bench.messages", 5000);
        List<TestAccount> users = TestAccounts.freshAll(server, "chat-a", "chat-b", "chat-ra", "chat-rb");
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
        rawA.connect().login();
        rawB.connect().login();
        try {
            ConversationId outgoing = ConversationId.of(a.id(), users.get(1).jid());
            ConversationId incoming = ConversationId.of(b.id(), sessionA.account().jid());
            throughChat(chat, outgoing, incoming, 200);
            raw(rawA, rawB, users.get(3), 200);
            double[] causerie = new double[2];
            double[] smack = new double[2];
            for (int round = 0; round < 2; round++) {
                smack[round] = raw(rawA, rawB, users.get(3), count);
                causerie[round] = throughChat(chat, outgoing, incoming, count);
            }
            double bestCauserie = Math.max(causerie[0], causerie[1]);
            double bestRaw = Math.max(smack[0], smack[1]);
            print(String.format(Locale.ROOT, "1:1 throughput, archiving off (n=%d, best of 2)  ChatService %.0f msg/s"
                    + " | raw smack %.0f msg/s | ratio %.3f", count, bestCauserie, bestRaw, bestCauserie / bestRaw));
            print("target (ChatService at least 90 % of raw Smack): "
                    + (bestCauserie >= 0.9 * bestRaw ? "met" : "NOT met"));
        } finally {
            rawA.disconnect();
            rawB.disconnect();
            accounts.disconnect(a.id()).get(30, TimeUnit.SECONDS);
            accounts.disconnect(b.id()).get(30, TimeUnit.SECONDS);
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
