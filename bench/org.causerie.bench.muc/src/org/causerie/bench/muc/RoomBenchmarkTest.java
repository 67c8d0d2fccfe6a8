package org.causerie.bench.muc;

import org.causerie.testing.workbench.Heartbeat;
import org.causerie.testing.workbench.StallStacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WarmUp;
import org.causerie.muc.ui.internal.editor.EntryFormatter;
import org.causerie.muc.ui.internal.editor.RenderedEntry;
import org.causerie.muc.ui.internal.editor.RoomTranscript;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A room with many occupants (raw Smack sessions in a JVM of their own) and a long
 * history, joined from the real workbench
 * the way the join dialog does it ({@link MucService#join}, then the room's editor
 * opened): join until the editor shows the last history message, the last history
 * stanza's arrival until then, the occupant list complete, the display thread's
 * longest stall, resident memory; then the editor closed (which leaves) and the
 * room joined again in the same session. Each round uses a new workbench account
 * on the same XMPP user, so its first join starts with nothing held. Prints
 * figures; asserts only correctness (every occupant shown, the newest history in
 * order in the editor).
 */
@ExtendWith(EjabberdExtension.class)
class RoomBenchmarkTest {

    private static final int OCCUPANTS = Integer.getInteger("causerie.bench.mucOccupants", 200);
    private static final int MESSAGES = Integer.getInteger("causerie.bench.mucMessages", 5000);
    private static final int ROUNDS = Integer.getInteger("causerie.bench.mucRounds", 3);
    private static final double TARGET_SHOWN_MILLIS = 300;
    private static final double TARGET_STALL_MILLIS = 50;
    private static final GcPauses GC_PAUSES = new GcPauses();
    /** The stalls whose display-thread stacks are printed (with -Dcauserie.bench.stallStacks=true). */
    private static final double STACKS_MILLIS = 25;

    /** One join's figures, in milliseconds from the join (NaN where not measured). */
    record Figures(double self, double editor, double lastStanza, double serviceAdded, double shown, double painted,
            double occupants, double stall, double stallCreating, double stallAfterEditor, double stallAfter,
            double rss, int lines, int shownLines, double displayCpu, int updates, double stallCpu) {
        double lastToShown() {
            return shown - lastStanza;
        }
    }

    @Test
    void joinUntilTheHistoryIsShown(EjabberdServer server) throws Exception {
        System.out.printf("BENCH muc load before set-up: %s%n", load());
        TestAccount viewer = TestAccounts.fresh(server, "bench-viewer");
        String roomJid = "bench-" + System.nanoTime() + "@" + server.mucDomain();
        try (Occupants occupants = Occupants.start(server, roomJid, OCCUPANTS - 1, MESSAGES)) {
            assertEquals(OCCUPANTS - 1, occupants.seenByOwner(), "occupants the owner's session sees");
            System.out.printf("BENCH muc server side: %s%n",
                    ServerCpus.apply(List.of(server.process().orElseThrow(), occupants.process())));
            WorkbenchRunner workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
            try {
                Display display = workbench.display();
                Heartbeat heartbeat = new Heartbeat(display);
                // the rooms UI's warm-up runs in display turns of its own a second after start: how long they hold it
                WarmUp.Result warmUp = WarmUp.finished().get(120, TimeUnit.SECONDS);
                Thread.sleep(100);
                System.out.printf("BENCH muc warm-up after start: %d classes linked, %d steps of a whole editor; "
                        + "display stall max %.1f ms from start until it was over, the display thread's CPU in its "
                        + "busiest stall %.1f ms%n", warmUp.linked(), warmUp.editorSteps(), heartbeat.maxStallMillis(),
                        heartbeat.stalls().stream().mapToDouble(Heartbeat.Stall::cpuMillis).max().orElse(0));
                heartbeat.reset();
                Thread.sleep(1000);
                System.out.printf("BENCH muc idle display: longest stall %.1f ms over 1 s (timer every %d ms)%n",
                        heartbeat.maxStallMillis(), Heartbeat.PERIOD_MILLIS);
                StallStacks stacks = StallStacks.ENABLED ? new StallStacks(display.getThread()) : null;
                Rounds rounds = new Rounds(server, viewer, roomJid, workbench, heartbeat, stacks,
                        new OtherCpu(server, occupants.process()));
                List<Figures> first = new ArrayList<>();
                List<Figures> again = new ArrayList<>();
                for (int round = 1; round <= ROUNDS; round++) {
                    Figures[] figures = rounds.run(round);
                    first.add(figures[0]);
                    again.add(figures[1]);
                }
                summary(first, again);
                heartbeat.stop();
                if (stacks != null) {
                    stacks.close();
                }
            } finally {
                workbench.close();
            }
        }
        System.out.printf("BENCH muc load after: %s%n", load());
    }

    /** The rounds: a new workbench account joins, leaves, joins again, disconnects. */
    private static final class Rounds {
        private final EjabberdServer server;
        private final TestAccount viewer;
        private final String roomJid;
        private final WorkbenchRunner workbench;
        private final Heartbeat heartbeat;
        private final StallStacks stacks;
        private final AccountService accounts;
        private final MucService muc;
        private final MucUi ui;
        private final OtherCpu others;

        Rounds(EjabberdServer server, TestAccount viewer, String roomJid, WorkbenchRunner workbench,
                Heartbeat heartbeat, StallStacks stacks, OtherCpu others) throws Exception {
            this.others = others;
            this.server = server;
            this.viewer = viewer;
            this.roomJid = roomJid;
            this.workbench = workbench;
            this.heartbeat = heartbeat;
            this.stacks = stacks;
            this.accounts = service(AccountService.class);
            this.muc = service(MucService.class);
            MucUi[] found = new MucUi[1];
            workbench.display().syncExec(() -> found[0] = workbench.application().getContext().get(MucUi.class));
            this.ui = found[0];
        }

        Figures[] run(int round) throws Exception {
            String id = "bench-muc-" + round + "-" + UUID.randomUUID();
            Account account = Account.builder(viewer.jid()).id(id).host(server.host()).port(server.c2sPort())
                    .resource("bench-ui-" + round).pinnedCertificate(server.certificateSha256()).build();
            SmackSession session = (SmackSession) accounts.connect(account, viewer.password().toCharArray())
                    .get(60, TimeUnit.SECONDS);
            RoomId room = new RoomId(id, roomJid);
            try {
                Figures first;
                try (PerfRecord perf = round == 1 ? PerfRecord.start(workbench.display()) : null) {
                    first = join(session, room, round, true);
                }
                Figures again = join(session, room, round, false);
                return new Figures[] {first, again};
            } finally {
                accounts.disconnect(id).get(30, TimeUnit.SECONDS);
            }
        }

        private Figures join(SmackSession session, RoomId room, int round, boolean first) throws Exception {
            Display display = workbench.display();
            HistoryWatch history = new HistoryWatch(room, session.connection());
            muc.addMucListener(history);
            history.start();
            EditorWatch watch = new EditorWatch(display, workbench.application(), room, OCCUPANTS);
            if (first) {
                history.lastEntryKey.thenAccept(watch::waitFor);
            } else {
                watch.waitFor(lastHistoryKey(muc.transcript(room)));
            }
            double rssBefore = residentMegabytes();
            CompletableFuture<Long> self = new CompletableFuture<>();
            heartbeat.reset();
            long cpuStart = displayCpuNanos(display);
            long[] othersStart = others.now();
            long start = System.nanoTime();
            display.asyncExec(() -> muc.join(JoinRequest.of(room, "viewer")).whenComplete((snapshot, failure) -> {
                if (failure != null) {
                    self.completeExceptionally(failure);
                    return;
                }
                self.complete(System.nanoTime());
                ui.later(() -> ui.show(room, true)); // what the join dialog does
            }));
            watch.start();
            try {
                long selfAt = self.get(60, TimeUnit.SECONDS);
                long shownAt = watch.shown.get(120, TimeUnit.SECONDS);
                long occupantsAt = watch.occupantsShown.get(60, TimeUnit.SECONDS);
                long lastAt = history.lastStanza.get(120, TimeUnit.SECONDS);
                double stall = heartbeat.maxStallMillis();
                double displayCpu = (displayCpuNanos(display) - cpuStart) / 1e6;
                String othersCpu = others.since(othersStart);
                System.out.printf("BENCH muc round %d %s: on the same cores until then: %s%n", round,
                        first ? "first join" : "rejoin", othersCpu);
                int updates = watch.updates();
                long created = watch.editorCreated.get();
                double creating = heartbeat.stalls().stream().filter(x -> x.startNanos() < created)
                        .mapToDouble(Heartbeat.Stall::millis).max().orElse(0);
                double afterEditor = heartbeat.stalls().stream().filter(x -> x.startNanos() >= created)
                        .mapToDouble(Heartbeat.Stall::millis).max().orElse(0);
                double painted = optional(watch.painted, start);
                List<Heartbeat.Stall> during = heartbeat.stalls();
                // a collection stops the display thread too: the pauses in the longest stall, and all of them
                System.out.printf("BENCH muc round %d %s: %s%n", round, first ? "first join" : "rejoin",
                        GC_PAUSES.describe(during, start, System.nanoTime()));
                heartbeat.reset();
                Thread.sleep(2000);
                double stallAfter = heartbeat.maxStallMillis();
                // the display thread's CPU time in its busiest stall: what the load does not change
                double stallCpu = java.util.stream.Stream.concat(during.stream(), heartbeat.stalls().stream())
                        .mapToDouble(Heartbeat.Stall::cpuMillis).max().orElse(0);
                if (stacks != null) {
                    String label = "round " + round + (first ? " first join" : " rejoin");
                    stacks.print(label + " during", during, STACKS_MILLIS);
                    stacks.print(label + " 2 s after", heartbeat.stalls(), STACKS_MILLIS);
                }
                double rss = residentMegabytes();
                int[] lines = checkTranscript(display, watch, room);
                Figures figures = new Figures(millis(selfAt, start), millis(watch.editorCreated.get(), start),
                        millis(lastAt, start), first ? millis(history.lastEntryNanos, start) : Double.NaN,
                        millis(shownAt, start), painted, millis(occupantsAt, start), stall, creating, afterEditor,
                        stallAfter, rss, lines[0], lines[1], displayCpu, updates, stallCpu);
                print(round, first, figures, history, rssBefore);
                return figures;
            } catch (TimeoutException e) {
                throw new AssertionError("round " + round + (first ? " first join" : " rejoin") + ": timed out; "
                        + history.stanzas() + " history stanzas parsed, " + history.entries()
                        + " history messages added by the service, shown " + watch.shown.isDone() + ", occupants "
                        + watch.occupantsShown.isDone(), e);
            } finally {
                watch.stop();
                history.stop();
                display.syncExec(() -> ui.close(room)); // closing the editor leaves the room
                history.left.get(40, TimeUnit.SECONDS);
                muc.removeMucListener(history);
            }
        }

        /**
         * The editor's transcript holds the service's history messages (the newest of
         * them where it holds fewer), in order and once each, and shows the newest.
         *
         * @return {lines held, lines in the widget}
         */
        private int[] checkTranscript(Display display, EditorWatch watch, RoomId room) {
            List<String> service = muc.transcript(room).stream().filter(RoomBenchmarkTest::history)
                    .map(EntryFormatter::key).toList();
            int[] lines = new int[2];
            List<String> held = new ArrayList<>();
            display.syncExec(() -> {
                RoomTranscript transcript = watch.editor().transcript();
                lines[0] = transcript.size();
                lines[1] = transcript.shownCount();
                held.addAll(transcript.entries().stream().filter(e -> history(e.entry()))
                        .map(RenderedEntry::key).toList());
            });
            // both are bounded (the service drops its oldest when the subject comes after 5,000 messages,
            // the editor a batch at a time): the newest of either are the newest of the other
            int common = Math.min(held.size(), service.size());
            assertTrue(common >= Math.min(service.size(), RoomTranscript.MAX_ENTRIES - 5),
                    "history lines held by the editor: " + held.size() + " of " + service.size());
            assertEquals(service.subList(service.size() - common, service.size()),
                    held.subList(held.size() - common, held.size()),
                    "the newest history messages, in order, once each");
            return lines;
        }
    }

    private static boolean history(RoomEntry entry) {
        return entry instanceof RoomMessage m && m.source() == RoomMessage.Source.HISTORY;
    }

    private static String lastHistoryKey(List<RoomEntry> transcript) {
        for (int i = transcript.size() - 1; i >= 0; i--) {
            if (history(transcript.get(i))) {
                return EntryFormatter.key(transcript.get(i));
            }
        }
        throw new AssertionError("no history held for the rejoin");
    }

    private static void print(int round, boolean first, Figures f, HistoryWatch history, double rssBefore) {
        System.out.printf("BENCH muc round %d %s: join->own presence %.0f ms, ->editor created %.0f ms, ->last of "
                + "%d history stanzas parsed %.0f ms (%s thread), ->service added it (%d added) %.0f ms, ->editor "
                + "shows it %.0f ms, ->painted %.0f ms; last stanza->shown %+.0f ms; ->%d occupants shown %.0f ms; "
                + "display stall max %.1f ms during (until the editor was created %.1f ms, after %.1f ms; stalls over "
                + "%d ms noted), %.1f ms in the 2 s after; editor holds %d lines, %d in the widget; RSS %.0f MB (%.0f "
                + "MB before joining); display thread CPU %.0f ms until then, %d transcript updates; the display "
                + "thread's CPU in its busiest stall %.1f ms%n", round,
                first ? "first join" : "rejoin (history held by the service)",
                f.self(), f.editor(), history.stanzas(), f.lastStanza(), history.readerThread(), history.entries(),
                f.serviceAdded(), f.shown(), f.painted(), f.lastToShown(), OCCUPANTS, f.occupants(), f.stall(),
                f.stallCreating(), f.stallAfterEditor(), Heartbeat.NOTED_MILLIS, f.stallAfter(),
                f.lines(), f.shownLines(), f.rss(), rssBefore, f.displayCpu(), f.updates(), f.stallCpu());
    }

    private static void summary(List<Figures> first, List<Figures> again) {
        double lastToShown = median(first.stream().mapToDouble(Figures::lastToShown).toArray());
        double worstLastToShown = first.stream().mapToDouble(Figures::lastToShown).max().orElse(0);
        double stall = first.stream().mapToDouble(f -> Math.max(f.stall(), f.stallAfter())).max().orElse(0);
        double stallAgain = again.stream().mapToDouble(f -> Math.max(f.stall(), f.stallAfter())).max().orElse(0);
        double history = java.util.stream.Stream.concat(first.stream(), again.stream())
                .mapToDouble(f -> Math.max(f.stallAfterEditor(), f.stallAfter())).max().orElse(0);
        double rss = java.util.stream.Stream.concat(first.stream(), again.stream()).mapToDouble(Figures::rss).max()
                .orElse(0);
        System.out.printf("BENCH muc summary (%d occupants, %d messages of history, %d rounds, medians): first "
                + "join->history shown %.0f ms (last stanza at %.0f ms), ->%d occupants shown %.0f ms; last history "
                + "stanza->shown %+.0f ms, worst %+.0f ms (target <= 300 ms: %s); longest display stall %.1f ms "
                + "(target <= 50 ms: %s); rejoin->history shown %.0f ms, longest stall %.1f ms (target <= 50 ms: "
                + "%s); longest stall once the editor existed, every join: %.1f ms (%s); RSS max %.0f MB (the %d raw "
                + "occupant sessions run in a JVM of their own); display thread CPU per join, median: first %.0f ms, "
                + "rejoin %.0f ms; the display thread's CPU in its busiest stall, most of any join: first %.1f ms, "
                + "rejoin %.1f ms%n", OCCUPANTS, MESSAGES,
                first.size(), median(first.stream().mapToDouble(Figures::shown).toArray()),
                median(first.stream().mapToDouble(Figures::lastStanza).toArray()), OCCUPANTS,
                median(first.stream().mapToDouble(Figures::occupants).toArray()), lastToShown, worstLastToShown,
                lastToShown <= TARGET_SHOWN_MILLIS ? "met" : "NOT met", stall,
                stall <= TARGET_STALL_MILLIS ? "met" : "NOT met",
                median(again.stream().mapToDouble(Figures::shown).toArray()), stallAgain,
                stallAgain <= TARGET_STALL_MILLIS ? "met" : "NOT met", history,
                history <= TARGET_STALL_MILLIS ? "met" : "NOT met", rss, OCCUPANTS - 1,
                median(first.stream().mapToDouble(Figures::displayCpu).toArray()),
                median(again.stream().mapToDouble(Figures::displayCpu).toArray()),
                first.stream().mapToDouble(Figures::stallCpu).max().orElse(0),
                again.stream().mapToDouble(Figures::stallCpu).max().orElse(0));
    }

    /** @return the CPU time the display thread has used so far (load does not change it, unlike stalls) */
    private static long displayCpuNanos(Display display) {
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(display.getThread().threadId());
    }

    private static double optional(CompletableFuture<Long> at, long start) {
        try {
            return millis(at.get(2, TimeUnit.SECONDS), start);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static double millis(long at, long start) {
        return (at - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String load() throws IOException {
        return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static double residentMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(0) / 1024.0;
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(RoomBenchmarkTest.class)
                .getBundleContext(), type, null);
        tracker.open();
        try {
            T found = tracker.waitForService(30_000);
            if (found == null) {
                throw new AssertionError("no " + type.getSimpleName() + " service");
            }
            return found;
        } finally {
            tracker.close();
        }
    }
}
