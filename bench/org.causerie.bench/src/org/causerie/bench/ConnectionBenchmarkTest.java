package org.causerie.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.causerie.core.AccountService;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smackx.mam.element.MamPrefsIQ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Connect+login and A→B→A round trips, Causerie next to raw Smack, in one run
 * against one server. A second, identical raw Smack client runs alongside as a
 * control: its ratio to the first is the noise floor of this machine (the
 * difference two identical clients show), printed next to Causerie's ratio. The
 * three are interleaved one operation at a time, in rotating order, so load from
 * elsewhere on the machine hits them alike. Prints lines starting with
 * {@code BENCH}; asserts no timings.
 */
@ExtendWith(EjabberdExtension.class)
class ConnectionBenchmarkTest {

    private static final int WARM_UP_CONNECTS = 3;
    private static final int WARM_UP_ROUND_TRIPS = 100;
    private static final int CAUSERIE = 0;
    private static final int RAW = 1;
    private static final int CONTROL = 2;

    @Test
    void causerieNextToRawSmack(EjabberdServer server) throws Exception {
        int connects = Integer.getInteger("causerie.bench.connects", 40);
        // the client-bound phase decides the verdict: enough round trips for a steady p99
        int roundTrips = Integer.getInteger("causerie.bench.roundtrips", 3000);
        int archivedRoundTrips = Integer.getInteger("causerie.bench.archivedRoundtrips", 300);
        List<TestAccount> users = TestAccounts.freshAll(server, "bench-ca", "bench-cb", "bench-cc", "bench-ra",
                "bench-rb", "bench-rc", "bench-ka", "bench-kb", "bench-kc");
        Client[] clients = {
            new CauserieClient(accountService(), server, users.get(0), users.get(1), users.get(2)),
            new RawSmackClient(server, users.get(3), users.get(4), users.get(5)),
            new RawSmackClient(server, users.get(6), users.get(7), users.get(8)),
        };

        for (int i = 0; i < WARM_UP_CONNECTS; i++) {
            for (Client client : clients) {
                client.connectOnce();
            }
        }
        long[][] connectTimes = new long[clients.length][connects];
        for (int i = 0; i < connects; i++) {
            for (int k = 0; k < clients.length; k++) {
                int which = (i + k) % clients.length;
                connectTimes[which][i] = clients[which].connectOnce();
            }
        }

        for (Client client : clients) {
            client.openPair();
        }
        long[][] archived;
        long[][] unarchived;
        try {
            // as the harness configures ejabberd: every message stored by MAM (XEP-0313), twice
            archived = roundTrips(clients, archivedRoundTrips);
            for (int user : new int[] {0, 1, 3, 4, 6, 7}) {
                RawConnections.archiving(server, users.get(user), MamPrefsIQ.DefaultBehavior.never);
            }
            // what the clients themselves cost: no storage on the server's side
            unarchived = roundTrips(clients, roundTrips);
        } finally {
            for (Client client : clients) {
                client.closePair();
            }
        }
        print("Causerie services vs raw Smack 4.4.8 (defaults + TCP_NODELAY), private ejabberd on loopback,"
                + " STARTTLS + SASL, stream management; round trips A>B>A to B's full JID");
        print("'control' is a second raw Smack client run alongside: its ratio is the noise floor");
        Stats[] connect = stats(connectTimes);
        boolean within = line("connect+login median", connects, connect, Stats::medianMs);
        report("round trip, MAM archiving on", archivedRoundTrips, stats(archived));
        within &= report("round trip, MAM archiving off", roundTrips, stats(unarchived));
        // with archiving on, the server's storage (tens of ms, disk-bound) drowns the clients' share
        print("target (connect median, client-bound round trip median and p99 within 10 % of raw Smack): "
                + (within ? "met" : "NOT met"));
    }

    private static long[][] roundTrips(Client[] clients, int count) throws Exception {
        for (int i = 0; i < WARM_UP_ROUND_TRIPS; i++) {
            for (Client client : clients) {
                client.roundTrip("warm-up " + i);
            }
        }
        long[][] times = new long[clients.length][count];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < clients.length; k++) {
                int which = (i + k) % clients.length;
                times[which][i] = clients[which].roundTrip("message " + i
                        + " of the benchmark, about as long as a short chat line");
            }
        }
        return times;
    }

    private static Stats[] stats(long[][] times) {
        Stats[] stats = new Stats[times.length];
        for (int i = 0; i < times.length; i++) {
            stats[i] = new Stats(times[i]);
        }
        return stats;
    }

    /** @return whether Causerie's median and p99 are within 10 % of raw Smack's */
    private static boolean report(String what, int n, Stats[] stats) {
        boolean median = line(what + " median", n, stats, Stats::medianMs);
        line(what + " p90", n, stats, s -> s.quantileMs(0.90));
        boolean p99 = line(what + " p99", n, stats, s -> s.quantileMs(0.99));
        return median && p99;
    }

    /** @return whether Causerie's figure is within 10 % of raw Smack's */
    private static boolean line(String what, int n, Stats[] stats, ToDoubleFunction<Stats> figure) {
        double causerie = figure.applyAsDouble(stats[CAUSERIE]);
        double raw = figure.applyAsDouble(stats[RAW]);
        double control = figure.applyAsDouble(stats[CONTROL]);
        print(String.format(Locale.ROOT, "%-40s (n=%d)  causerie %s | raw smack %s | ratio %s | control %s, ratio %s",
                what, n, Stats.ms(causerie), Stats.ms(raw), Stats.ratio(causerie, raw), Stats.ms(control),
                Stats.ratio(control, raw)));
        return causerie <= raw * 1.10;
    }

    /** The benchmark's output is its result: the one place in bench/ that prints. */
    private static void print(String line) {
        System.out.println("BENCH " + line);
        System.out.flush();
    }

    private static AccountService accountService() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ConnectionBenchmarkTest.class).getBundleContext();
        ServiceTracker<AccountService, AccountService> tracker = new ServiceTracker<>(context, AccountService.class,
                null);
        tracker.open();
        AccountService service = tracker.waitForService(30_000);
        if (service == null) {
            throw new IllegalStateException("no AccountService: is Felix SCR started?");
        }
        return service;
    }
}
