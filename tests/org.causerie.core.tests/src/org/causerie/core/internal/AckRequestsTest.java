package org.causerie.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When acknowledgements are requested (XEP-0198 §4): at once, or once per burst within the interval. */
class AckRequestsTest {

    private static final long MS = 1_000_000;

    private long now = 1_000 * MS;
    private final Scheduler scheduler = new Scheduler();
    private XMPPTCPConnection connection;

    /** Records what is scheduled instead of running it. */
    private static final class Scheduler extends ScheduledThreadPoolExecutor {
        final List<Runnable> tasks = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();

        Scheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            tasks.add(command);
            delays.add(unit.toNanos(delay));
            return null;
        }
    }

    private AckRequests policy() throws Exception {
        // never connected: a deferred request finds stream management off and sends nothing
        connection = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder().setXmppDomain("example.org")
                .build());
        return new AckRequests(connection, scheduler, () -> now);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private static Message message() {
        return StanzaBuilder.buildMessage().setBody("hi").build();
    }

    @Test
    void aLoneMessageIsRequestedAtOnce() throws Exception {
        AckRequests policy = policy();
        assertTrue(policy.accept(message()));
        now += AckRequests.MIN_INTERVAL_MILLIS * MS;
        assertTrue(policy.accept(message()));
        assertTrue(scheduler.tasks.isEmpty());
    }

    @Test
    void aBurstGetsOneDeferredRequestWithinTheInterval() throws Exception {
        AckRequests policy = policy();
        assertTrue(policy.accept(message()));
        now += 3 * MS;
        for (int i = 0; i < 100; i++) {
            assertFalse(policy.accept(message()));
        }
        assertEquals(1, scheduler.tasks.size());
        assertEquals((AckRequests.MIN_INTERVAL_MILLIS - 3) * MS, scheduler.delays.get(0));

        now += 7 * MS;
        scheduler.tasks.get(0).run();
        // the deferred request counts as the last one: the next message waits again
        now += 1 * MS;
        assertFalse(policy.accept(message()));
        assertEquals(2, scheduler.tasks.size());
    }

    @Test
    void otherStanzasAreCoveredEveryFifth() throws Exception {
        AckRequests policy = policy();
        for (int i = 0; i < 4; i++) {
            assertFalse(policy.accept(StanzaBuilder.buildPresence().ofType(Presence.Type.available).build()));
        }
        assertTrue(policy.accept(StanzaBuilder.buildPresence().ofType(Presence.Type.available).build()));
        assertTrue(scheduler.tasks.isEmpty());
    }
}
