package org.causerie.bench.pubsub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.causerie.core.XmppSession;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.PubSubListener;
import org.causerie.pubsub.PubSubService;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notification fan-out (issue 8): one account publishes an item, {@code N}
 * subscribed accounts (default 50) are told, all through Causerie's
 * PubSubService (each its own session, in this JVM, against the harness's
 * ejabberd). Per round: from the publish call to the last subscriber's
 * listener call, to the first one's, and until the publisher's request is
 * answered. Rounds run one after the other after a warm-up. Target: the last
 * subscriber notified within 100 ms, median. Prints lines starting with
 * {@code BENCH}; asserts no timings.
 */
@ExtendWith(EjabberdExtension.class)
class FanOutBenchmarkTest {

    private static final int WARM_UP = 20;

    /** Arrivals of one item. */
    private static final class Round {
        final CountDownLatch all;
        final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong last = new AtomicLong();

        Round(int subscribers) {
            all = new CountDownLatch(subscribers);
        }

        void arrived(long now) {
            first.accumulateAndGet(now, Math::min);
            last.accumulateAndGet(now, Math::max);
            all.countDown();
        }
    }

    @Test
    void lastSubscriberNotified(EjabberdServer server) throws Exception {
        int subscribers = Integer.getInteger("causerie.bench.pubsubSubscribers", 50);
        int rounds = Integer.getInteger("causerie.bench.pubsubRounds", 200);
        String[] names = new String[subscribers + 1];
        names[0] = "pub";
        Arrays.fill(names, 1, names.length, "sub");
        List<TestAccount> users = TestAccounts.freshAll(server, names);
        List<XmppSession> sessions = new ArrayList<>();
        long connectStart = System.nanoTime();
        for (TestAccount user : users) {
            sessions.add(Sessions.connect(server, user));
        }
        long connected = System.nanoTime() - connectStart;
        PubSubService pubsub = Services.get(PubSubService.class);
        XmppSession publisher = sessions.get(0);
        NodeId node = new NodeId(publisher.account().id(), "pubsub." + server.domain(),
                "fanout-" + Long.toString(System.nanoTime() % 1_000_000, 36));
        Waiting.await(pubsub.create(node, NodeKind.LEAF, Optional.empty()));
        for (XmppSession s : sessions.subList(1, sessions.size())) {
            Waiting.await(pubsub.subscribe(new NodeId(s.account().id(), node.service(), node.node()), Optional.empty()));
        }
        Map<String, Round> arrivals = new ConcurrentHashMap<>();
        PubSubListener listener = new PubSubListener() {
            @Override
            public void itemPublished(PubSubItem item) {
                long now = System.nanoTime();
                Round round = arrivals.get(item.id());
                if (round != null && item.node().node().equals(node.node())
                        && !item.node().accountId().equals(publisher.account().id())) {
                    round.arrived(now);
                }
            }
        };
        pubsub.addListener(listener);
        long[] last = new long[rounds];
        long[] first = new long[rounds];
        long[] acked = new long[rounds];
        int missed = 0;
        try {
            for (int i = -WARM_UP; i < rounds; i++) {
                String id = "item-" + i;
                Round round = new Round(subscribers);
                arrivals.put(id, round);
                long start = System.nanoTime();
                var publish = pubsub.publishXml(node, Optional.of(id),
                        "<alert xmlns='urn:example:alerts'><level>high</level><text>round " + i + "</text></alert>");
                publish.get(30, TimeUnit.SECONDS);
                long ack = System.nanoTime() - start;
                boolean all = round.all.await(30, TimeUnit.SECONDS);
                arrivals.remove(id);
                if (i < 0) {
                    continue;
                }
                if (!all) {
                    missed++;
                }
                last[i] = round.last.get() - start;
                first[i] = round.first.get() - start;
                acked[i] = ack;
            }
        } finally {
            pubsub.removeListener(listener);
            Waiting.await(pubsub.delete(node));
            Sessions.disconnect(sessions.toArray(XmppSession[]::new));
        }
        String load = load();
        System.out.println(String.format(Locale.ROOT,
                "BENCH pubsub fan-out: %d subscribers, %d rounds (+%d warm-up), load %s, %d sessions connected in %.1f s",
                subscribers, rounds, WARM_UP, load, users.size(), connected / 1e9));
        System.out.println("BENCH pubsub last subscriber notified: " + describe(last) + " (target: median < 100 ms)");
        System.out.println("BENCH pubsub first subscriber notified: " + describe(first));
        System.out.println("BENCH pubsub publish answered: " + describe(acked));
        System.out.println("BENCH pubsub rounds where a subscriber missed the item within 30 s: " + missed);
    }

    private static String describe(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                median(sorted), quantile(sorted, 0.90), quantile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] / 1e6 : (sorted[n / 2 - 1] + sorted[n / 2]) / 2e6;
    }

    private static double quantile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
