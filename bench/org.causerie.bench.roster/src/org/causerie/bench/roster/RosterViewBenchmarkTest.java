package org.causerie.bench.roster;

import org.causerie.testing.workbench.Heartbeat;
import org.causerie.testing.workbench.StallStacks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.causerie.bench.RawConnections;
import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.roster.RosterListener;
import org.causerie.roster.RosterService;
import org.causerie.roster.ui.internal.RosterPart;
import org.causerie.roster.ui.internal.model.AccountRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.RosterModel;
import org.causerie.roster.ui.internal.view.RosterTree;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.RosterItem;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterLoadedListener;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Login with a large roster: raw Smack until its roster is loaded, against the
 * workbench until the roster view has every row available, in alternating
 * rounds on one server; the display thread's longest stall; resident memory.
 * Prints figures, asserts only correctness (every contact is in the view).
 */
@ExtendWith(EjabberdExtension.class)
class RosterViewBenchmarkTest {

    private static final int SIZE = Integer.getInteger("causerie.bench.rosterSize", 10_000);
    private static final int ROUNDS = Integer.getInteger("causerie.bench.rosterRounds", 3);
    private static final int GROUPS = 10;
    /** The stalls whose display-thread stacks are printed (with -Dcauserie.bench.stallStacks=true). */
    private static final double STACKS_MILLIS = 25;
    private static StallStacks stacks;

    @Test
    void loginUntilEveryRowIsInTheView(EjabberdServer server) throws Exception {
        TestAccount owner = TestAccounts.fresh(server, "bench-roster");
        createRoster(server, owner);
        WorkbenchRunner workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
        ServiceTracker<AccountService, AccountService> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), AccountService.class, null);
        tracker.open();
        try {
            AccountService accounts = tracker.waitForService(30_000);
            Display display = workbench.display();
            RosterTree tree = rosterTree(display);
            Heartbeat heartbeat = new Heartbeat(display);
            stacks = StallStacks.ENABLED ? new StallStacks(display.getThread()) : null;
            Thread.sleep(1000);
            System.out.printf("BENCH roster idle display: longest stall %.1f ms over 1 s (timer every %d ms)%n",
                    heartbeat.maxStallMillis(), Heartbeat.PERIOD_MILLIS);
            List<double[]> rounds = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                double raw = rawSmack(server, owner, round);
                double[] view = workbench(server, owner, accounts, display, tree, heartbeat, round);
                rounds.add(new double[] {raw, view[0], view[1], view[2], view[3]});
                System.out.printf("BENCH roster round %d: raw Smack login->roster loaded %.0f ms; workbench login->"
                        + "every row in the view %.0f ms (%+.0f ms); display stall max %.1f ms during, %.1f ms in "
                        + "the 2 s after; RSS %.0f MB; %s%n", round, raw, view[0], view[0] - raw, view[1], view[2],
                        view[3], load());
            }
            summary(rounds);
            heartbeat.stop();
            if (stacks != null) {
                stacks.close();
            }
        } finally {
            tracker.close();
            workbench.close();
        }
    }

    private static double rawSmack(EjabberdServer server, TestAccount owner, int round) throws Exception {
        XMPPTCPConnection connection = RawConnections.create(server, owner, "bench-raw-" + round);
        Roster roster = Roster.getInstanceFor(connection);
        CompletableFuture<Long> loadedAt = new CompletableFuture<>();
        roster.addRosterLoadedListener(new RosterLoadedListener() {
            @Override
            public void onRosterLoaded(Roster loadedRoster) {
                loadedAt.complete(System.nanoTime());
            }

            @Override
            public void onRosterLoadingFailed(Exception exception) {
                loadedAt.completeExceptionally(exception);
            }
        });
        JvmWork before = JvmWork.now(null);
        long start = System.nanoTime();
        connection.connect().login();
        long loaded = loadedAt.get(120, TimeUnit.SECONDS);
        System.out.printf("BENCH roster round %d: raw Smack login->roster loaded: %s%n", round,
                JvmWork.now(null).since(before));
        try {
            assertEquals(SIZE, roster.getEntries().size(), "raw Smack's roster");
        } finally {
            connection.disconnect();
        }
        return (loaded - start) / 1e6;
    }

    /** @return {login to all rows ms, stall during ms, stall after ms, RSS MB} */
    private static double[] workbench(EjabberdServer server, TestAccount owner, AccountService accounts,
            Display display, RosterTree tree, Heartbeat heartbeat, int round) throws Exception {
        String id = "bench-" + round + "-" + UUID.randomUUID();
        CompletableFuture<Long> allRows = new CompletableFuture<>();
        tree.addShownListener(model -> {
            if (rows(model, id) == SIZE) {
                allRows.complete(System.nanoTime());
            }
        });
        CompletableFuture<Long> serviceLoaded = new CompletableFuture<>();
        RosterService rosters = service(RosterService.class);
        RosterListener loadedListener = change -> {
            if (change.accountId().equals(id) && change.loaded()
                    && rosters.roster(id).map(r -> r.contacts().size() == SIZE).orElse(false)) {
                serviceLoaded.complete(System.nanoTime());
            }
        };
        rosters.addListener(loadedListener);
        Account account = Account.builder(owner.jid()).id(id).host(server.host()).port(server.c2sPort())
                .resource("bench-ui-" + round).pinnedCertificate(server.certificateSha256()).build();
        heartbeat.reset();
        JvmWork before = JvmWork.now(display.getThread());
        long start = System.nanoTime();
        accounts.connect(account, owner.password().toCharArray()).get(60, TimeUnit.SECONDS);
        long shown = allRows.get(120, TimeUnit.SECONDS);
        double during = heartbeat.maxStallMillis();
        String work = JvmWork.now(display.getThread()).since(before);
        List<Heartbeat.Stall> duringStalls = heartbeat.stalls();
        String stalls = heartbeat.stalls().stream().map(s -> String.format("%.0f", s.millis()))
                .collect(java.util.stream.Collectors.joining(" "));
        System.out.printf("BENCH roster round %d: workbench login->every row in the view: %s; display stalls "
                + "over %d ms: [%s]%n", round, work, Heartbeat.NOTED_MILLIS, stalls);
        rosters.removeListener(loadedListener);
        System.out.printf("BENCH roster round %d: workbench login->RosterService has all %d contacts %.0f ms, "
                + "->every row in the view %.0f ms%n", round, SIZE, (serviceLoaded.getNow(shown) - start) / 1e6,
                (shown - start) / 1e6);
        heartbeat.reset();
        Thread.sleep(2000);
        double after = heartbeat.maxStallMillis();
        if (stacks != null) {
            stacks.printBusy("round " + round + " login", start, shown, "org.causerie.roster.ui");
            stacks.print("round " + round + " during login", duringStalls, STACKS_MILLIS);
            stacks.print("round " + round + " 2 s after", heartbeat.stalls(), STACKS_MILLIS);
        }
        assertEquals(SIZE, itemsInTree(display, tree, id), "contact rows SWT can ask for");
        double rss = residentMegabytes();
        System.out.printf("BENCH roster round %d native memory: %s%n", round, JvmMemory.describe());
        openOneGroup(display, tree, id, heartbeat, round);
        System.gc(); // G1 gives committed heap back after a full collection
        Thread.sleep(500);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("BENCH roster round %d memory: RSS %.0f MB with the roster loaded; after a full GC: RSS "
                + "%.0f MB, Java heap used %.0f MB of %.0f MB committed%n", round, rss, residentMegabytes(),
                (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.totalMemory() / 1048576.0);
        accounts.disconnect(id).get(30, TimeUnit.SECONDS);
        return new double[] {(shown - start) / 1e6, during, after, rss};
    }

    /** A user opening one large group: GTK then asks for every row of it. */
    private static void openOneGroup(Display display, RosterTree tree, String accountId, Heartbeat heartbeat,
            int round) throws InterruptedException {
        int[] size = new int[1];
        TreeItem[] group = new TreeItem[1];
        heartbeat.reset();
        display.syncExec(() -> {
            int index = indexOf(tree, accountId);
            for (TreeItem child : tree.control().getItem(index).getItems()) {
                if (child.getData() instanceof GroupRow) {
                    group[0] = child;
                    size[0] = child.getItemCount();
                    child.setExpanded(true);
                    return;
                }
            }
        });
        Thread.sleep(1500);
        System.out.printf("BENCH roster round %d: opening a group of %d contacts by hand: display stall max %.1f ms%n",
                round, size[0], heartbeat.maxStallMillis());
        display.syncExec(() -> group[0].setExpanded(false));
    }

    private static int indexOf(RosterTree tree, String accountId) {
        List<AccountRow> roots = tree.model().roots();
        for (int i = 0; i < roots.size(); i++) {
            if (roots.get(i).accountId().equals(accountId)) {
                return i;
            }
        }
        throw new AssertionError("no account " + accountId);
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(RosterViewBenchmarkTest.class)
                .getBundleContext(), type, null);
        tracker.open();
        try {
            return tracker.waitForService(30_000);
        } finally {
            tracker.close();
        }
    }

    private static int rows(RosterModel model, String accountId) {
        return model.roots().stream().filter(a -> a.accountId().equals(accountId))
                .mapToInt(RosterViewBenchmarkTest::contactRows).sum();
    }

    private static int contactRows(AccountRow account) {
        return account.children().stream().filter(GroupRow.class::isInstance)
                .mapToInt(g -> g.children().size()).sum();
    }

    /**
     * Counts the contact items of the account in the SWT tree and asks SWT for the
     * last one of each group (which fills it on demand): every row can be provided.
     */
    private static int itemsInTree(Display display, RosterTree tree, String accountId) {
        int[] count = new int[1];
        display.syncExec(() -> {
            List<AccountRow> roots = tree.model().roots();
            for (int i = 0; i < roots.size(); i++) {
                if (!roots.get(i).accountId().equals(accountId)) {
                    continue;
                }
                TreeItem account = tree.control().getItem(i);
                for (TreeItem child : account.getItems()) {
                    if (child.getData() instanceof GroupRow group && child.getItemCount() > 0) {
                        count[0] += child.getItemCount();
                        TreeItem last = child.getItem(child.getItemCount() - 1);
                        assertEquals(group.children().get(group.children().size() - 1).text(), last.getText());
                    }
                }
            }
        });
        return count[0];
    }

    private static void summary(List<double[]> rounds) {
        double raw = median(rounds, 0);
        double view = median(rounds, 1);
        double delta = median(rounds.stream().map(r -> new double[] {r[1] - r[0]}).toList(), 0);
        double stall = rounds.stream().mapToDouble(r -> Math.max(r[2], r[3])).max().orElse(0);
        double rss = rounds.stream().mapToDouble(r -> r[4]).max().orElse(0);
        System.out.printf("BENCH roster summary (%d contacts, %d rounds, medians): raw Smack %.0f ms, workbench "
                + "view %.0f ms, difference %+.0f ms (target <= +200 ms: %s); longest display stall %.1f ms "
                + "(target <= 50 ms: %s); RSS %.0f MB (target < 300 MB: %s)%n", SIZE, rounds.size(), raw, view,
                delta, delta <= 200 ? "met" : "NOT met", stall, stall <= 50 ? "met" : "NOT met", rss,
                rss < 300 ? "met" : "NOT met");
    }

    private static double median(List<double[]> rounds, int column) {
        double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static String load() throws IOException {
        return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static double residentMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(0) / 1024.0;
    }

    private static RosterTree rosterTree(Display display) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            RosterTree[] found = new RosterTree[1];
            display.syncExec(() -> Arrays.stream(display.getShells()).map(s -> find(s)).flatMap(Optional::stream)
                    .findFirst().ifPresent(t -> found[0] = t));
            if (found[0] != null) {
                return found[0];
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no roster view in the workbench");
    }

    private static Optional<RosterTree> find(Composite root) {
        for (Control child : root.getChildren()) {
            if (child instanceof Tree t && t.getData(RosterPart.TREE_KEY) instanceof RosterTree tree) {
                return Optional.of(tree);
            }
            if (child instanceof Composite c) {
                Optional<RosterTree> found = find(c);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Creates the roster server-side. One {@code ejabberdctl push_roster} of a file
     * listing every contact (mod_admin_extra, subscription "both"), measured next to
     * batched {@code add_rosteritem} calls over Erlang RPC for a sample.
     */
    private static void createRoster(EjabberdServer server, TestAccount owner) {
        long start = System.nanoTime();
        server.rosters().push(owner.user(), SIZE, GROUPS); // returns once the server stored every item
        double push = (System.nanoTime() - start) / 1e6;
        TestAccount sample = TestAccounts.fresh(server, "bench-sample");
        List<RosterItem> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(new RosterItem(sample.jid(), "sample" + i, "Sample " + i, "G", "both"));
        }
        start = System.nanoTime();
        server.rosters().addItems(items);
        double rpc = (System.nanoTime() - start) / 1e6;
        System.out.printf("BENCH roster creation: %d contacts by one push_roster in %.0f ms (%.2f ms/contact); "
                + "add_rosteritem over batched Erlang RPC: %.2f ms/contact (300 items), i.e. ~%.0f s for %d%n",
                SIZE, push, push / SIZE, rpc / 300, rpc / 300 * SIZE / 1000, SIZE);
    }
}
