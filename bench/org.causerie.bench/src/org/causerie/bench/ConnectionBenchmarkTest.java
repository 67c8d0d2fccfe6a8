package org.causerie.bench;

import java.util.List;
import java.util.Locale;

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
 * against one server. The two are interleaved (alternating order, in blocks) so
 * that load from elsewhere on the machine hits both alike. Prints lines starting
 * with {@code BENCH}; asserts no timings.
 */
@ExtendWith(EjabberdExtension.class)
class ConnectionBenchmarkTest {

    private static final int WARM_UP_CONNECTS = 3;
    private static final int WARM_UP_ROUND_TRIPS = 100;
    private static final int BLOCKS = 10;

    @Test
    void causerieNextToRawSmack(EjabberdServer server) throws Exception {
        int connects = Integer.getInteger("causerie.bench.connects", 40);
        // the client-bound phase decides the verdict: enough round trips for a steady p99
        int roundTrips = Integer.getInteger("causerie.bench.roundtrips", 3000);
        int archivedRoundTrips = Integer.getInteger("causerie.bench.archivedRoundtrips", 300);
        List<TestAccount> users = TestAccounts.freshAll(server, "bench-ca", "bench-cb", "bench-cc", "bench-ra",
                "bench-rb", "bench-rc");
        Client causerie = new CauserieClient(accountService(), server, users.get(0), users.get(1), users.get(2));
        Client raw = new RawSmackClient(server, users.get(3), users.get(4), users.get(5));
        Client[] clients = {causerie, raw};

        for (int i = 0; i < WARM_UP_CONNECTS; i++) {
            causerie.connectOnce();
            raw.connectOnce();
        }
        long[][] connectTimes = new long[2][connects];
        for (int i = 0; i < connects; i++) {
            for (int k = 0; k < 2; k++) {
                int which = (i + k) % 2;
                connectTimes[which][i] = clients[which].connectOnce();
            }
        }

        causerie.openPair();
        raw.openPair();
        long[][] archived;
        long[][] unarchived;
        try {
            // as the harness configures ejabberd: every message stored by MAM (XEP-0313), twice
            archived = roundTrips(clients, archivedRoundTrips);
            for (int user : new int[] {0, 1, 3, 4}) {
                RawConnections.archiving(server, users.get(user), MamPrefsIQ.DefaultBehavior.never);
            }
            // what the clients themselves cost: no storage on the server's side
            unarchived = roundTrips(clients, roundTrips);
        } finally {
            causerie.closePair();
            raw.closePair();
        }
        print("Causerie services vs raw Smack 4.4.8 (defaults + TCP_NODELAY), private ejabberd on loopback,"
                + " STARTTLS + SASL, stream management; round trips A>B>A to B's full JID");
        Stats connectCauserie = new Stats(connectTimes[0]);
        Stats connectRaw = new Stats(connectTimes[1]);
        line("connect+login median", connects, connectCauserie.medianMs(), connectRaw.medianMs());
        boolean within = connectCauserie.medianMs() <= connectRaw.medianMs() * 1.10;
        report("round trip, MAM archiving on", archivedRoundTrips, archived);
        within &= report("round trip, MAM archiving off", roundTrips, unarchived);
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
        long[][] times = new long[2][count];
        int perBlock = Math.max(1, count / BLOCKS);
        int[] done = new int[2];
        for (int block = 0; done[0] < count || done[1] < count; block++) {
            for (int k = 0; k < 2; k++) {
                int which = (block + k) % 2;
                for (int n = 0; n < perBlock && done[which] < count; n++) {
                    times[which][done[which]] = clients[which].roundTrip("message " + done[which]
                            + " of the benchmark, about as long as a short chat line");
                    done[which]++;
                }
            }
        }
        return times;
    }

    /** @return whether Causerie's median is within 10 % of raw Smack's */
    private static boolean report(String what, int n, long[][] times) {
        Stats causerie = new Stats(times[0]);
        Stats raw = new Stats(times[1]);
        line(what + " median", n, causerie.medianMs(), raw.medianMs());
        line(what + " p90", n, causerie.quantileMs(0.90), raw.quantileMs(0.90));
        line(what + " p99", n, causerie.quantileMs(0.99), raw.quantileMs(0.99));
        return causerie.medianMs() <= raw.medianMs() * 1.10 && causerie.quantileMs(0.99) <= raw.quantileMs(0.99) * 1.10;
    }

    private static void line(String what, int n, double causerie, double raw) {
        print(String.format(Locale.ROOT, "%-40s (n=%d)  causerie %s | raw smack %s | ratio %s", what, n,
                Stats.ms(causerie), Stats.ms(raw), Stats.ratio(causerie, raw)));
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
