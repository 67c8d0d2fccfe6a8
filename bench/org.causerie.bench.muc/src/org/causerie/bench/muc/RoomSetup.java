package org.causerie.bench.muc;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * The room the benchmark joins, made with raw Smack sessions (not measured): a
 * persistent room with a subject, filled with messages by a few senders, then
 * entered by every other occupant without history. Each occupant is a real session
 * of its own account (one {@link XMPPTCPConnection}, two threads), kept until
 * {@link #close()}. Runs in its own JVM ({@link OccupantsMain}), so that the
 * occupants' threads and heap do not weigh on the measured workbench's.
 */
final class RoomSetup implements AutoCloseable {

    private static final int PARALLEL = 8;
    private static final int SENDERS = 5;

    private final List<XMPPTCPConnection> connections = new ArrayList<>();
    private final EntityBareJid room;

    private RoomSetup(EntityBareJid room) {
        this.room = room;
    }

    EntityBareJid room() {
        return room;
    }

    /** An account of the harness's server: user name (local part) and password. */
    record Login(String user, String password) {
    }

    /** Where the sessions connect: the harness's client port without TLS (the occupants are not measured). */
    record Server(String host, int port, String domain) {
    }

    /**
     * @param accounts one per raw session entering the room (the workbench makes one more)
     * @param messages how many messages the senders put in its history
     */
    static RoomSetup create(Server server, EntityBareJid room, List<Login> accounts, int messages)
            throws Exception {
        RoomSetup setup = new RoomSetup(room);
        try {
            setup.fill(server, accounts, messages);
            return setup;
        } catch (Exception | Error e) {
            setup.close();
            throw e;
        }
    }

    private void fill(Server server, List<Login> accounts, int messages) throws Exception {
        int occupants = accounts.size();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<XMPPTCPConnection>> logins = new ArrayList<>();
            for (int i = 0; i < occupants; i++) {
                Login account = accounts.get(i);
                String resource = "bench-occupant-" + i;
                logins.add(pool.submit(() -> login(server, account, resource)));
            }
            for (Future<XMPPTCPConnection> login : logins) {
                connections.add(login.get(120, TimeUnit.SECONDS));
            }
            double loggedIn = millisSince(start);
            start = System.nanoTime();
            MultiUserChat owner = chat(0);
            owner.create(Resourcepart.from("owner"));
            FillableForm form = owner.getConfigurationForm().getFillableForm();
            form.setAnswer("muc#roomconfig_persistentroom", true);
            FormField maxUsers = form.getField("muc#roomconfig_maxusers");
            if (maxUsers != null) {
                form.setAnswer("muc#roomconfig_maxusers", Integer.toString(occupants + 50));
            }
            boolean archived = form.getField("mam") == null;
            if (!archived) {
                // not archived: filling is several times faster, and joining does not read the archive
                form.setAnswer("mam", false);
            }
            owner.sendConfigurationForm(form);
            owner.changeSubject("The benchmark room: " + messages + " messages, " + (occupants + 1) + " occupants");
            int senders = Math.min(SENDERS, occupants);
            List<MultiUserChat> chats = new ArrayList<>(List.of(owner));
            for (int i = 1; i < senders; i++) {
                MultiUserChat chat = chat(i);
                chat.join(chat.getEnterConfigurationBuilder(nick(i)).requestNoHistory().build());
                chats.add(chat);
            }
            CountDownLatch all = new CountDownLatch(messages);
            owner.addMessageListener(m -> {
                if (m.getBody() != null) {
                    all.countDown();
                }
            });
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> sends = new ArrayList<>();
            for (MultiUserChat chat : chats) {
                sends.add(pool.submit(() -> {
                    for (int i = next.incrementAndGet(); i <= messages; i = next.incrementAndGet()) {
                        chat.sendMessage(Bodies.body(i, messages));
                    }
                    return null;
                }));
            }
            for (Future<?> send : sends) {
                send.get(300, TimeUnit.SECONDS);
            }
            if (!all.await(300, TimeUnit.SECONDS)) {
                throw new AssertionError("the room reflected " + (messages - all.getCount()) + " of " + messages
                        + " messages");
            }
            double filled = millisSince(start);
            start = System.nanoTime();
            List<Future<?>> joins = new ArrayList<>();
            for (int i = senders; i < occupants; i++) {
                int index = i;
                joins.add(pool.submit(() -> {
                    MultiUserChat chat = chat(index);
                    chat.join(chat.getEnterConfigurationBuilder(nick(index)).requestNoHistory().build());
                    return null;
                }));
            }
            for (Future<?> join : joins) {
                join.get(120, TimeUnit.SECONDS);
            }
            double joined = millisSince(start);
            System.out.printf("BENCH muc set-up (own JVM): %d raw Smack sessions logged in in %.0f ms (%d at a time, "
                    + "no TLS), room created (archive %s) and %d messages sent by %d senders and reflected in %.0f ms, "
                    + "%d more occupants entered (no history) in %.0f ms%n", occupants, loggedIn, PARALLEL,
                    archived ? "on" : "off", messages, senders, filled, occupants - senders, joined);
        } finally {
            pool.shutdownNow();
        }
    }

    private MultiUserChat chat(int index) {
        return MultiUserChatManager.getInstanceFor(connections.get(index)).getMultiUserChat(room);
    }

    static Resourcepart nick(int index) throws Exception {
        return Resourcepart.from(index == 0 ? "owner" : "occupant-" + index);
    }

    private static XMPPTCPConnection login(Server server, Login account, String resource) throws Exception {
        XMPPTCPConnection connection = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(server.domain()).setHostAddress(InetAddress.getByName(server.host()))
                .setPort(server.port())
                .setUsernameAndPassword(account.user(), account.password()).setResource(resource)
                .setSecurityMode(SecurityMode.disabled).build());
        connection.setReplyTimeout(60_000);
        // Smack's stream management queue (500 stanzas) can lock its reader and writer during the
        // fill's bursts; the occupants are not measured and need no resumption
        connection.setUseStreamManagement(false);
        connection.connect().login();
        return connection;
    }

    /**
     * @return how many occupants the owner's session sees in the room, once it sees
     *         {@code expected} (the last entries' presences may still be on their way) or
     *         after 30 s
     */
    int occupantsSeenByOwner(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (chat(0).getOccupantsCount() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return chat(0).getOccupantsCount();
    }

    @Override
    public void close() {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            connections.forEach(c -> pool.execute(c::disconnect));
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        connections.clear();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
