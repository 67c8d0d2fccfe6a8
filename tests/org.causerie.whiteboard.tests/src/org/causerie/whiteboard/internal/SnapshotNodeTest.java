package org.causerie.whiteboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.WhiteboardService;
import org.causerie.whiteboard.internal.doc.BoardModel;
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Snapshots in parts on the harness's pubsub service: concurrent writers never give a reader a
 * mixed board, and what writing and reading big boards cost (logged figures, no timed assertions).
 */
@ExtendWith(EjabberdExtension.class)
class SnapshotNodeTest {

    private static final System.Logger LOG = System.getLogger(SnapshotNodeTest.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private static Snapshots snapshots(XmppSession session, String sxeSession, Storage.Bounds bounds,
            ExecutorService io) {
        return new PubSubSnapshots((SmackSession) session, () -> "auto", io).forSession(sxeSession, bounds);
    }

    private static List<SxeElement> chunks(String sxeSession, BoardModel model) {
        return StateChunks.of(sxeSession, model.replica(), s -> "room@muc/" + s);
    }

    /** @return the shapes of what was read, empty when it was refused */
    private static Optional<List<Shape>> shapes(Optional<Snapshots.Stored> stored, String sxeSession) {
        return stored.map(s -> StoredState.check(s, sxeSession, Storage.Bounds.DEFAULTS, WhiteboardLimits.DEFAULTS,
                "reader")).filter(StoredState::accepted).map(state -> {
                    BoardModel model = new BoardModel(new SvgPolicy(WhiteboardLimits.DEFAULTS), "reader", () -> "x");
                    model.replica().history(state.sender(), state.records());
                    return model.shapes();
                });
    }

    @Test
    void concurrentWritersNeverGiveAReaderAMixedBoard(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob", "carol");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        XmppSession carol = Sessions.connect(server, users.get(2));
        ExecutorService io = Executors.newFixedThreadPool(3);
        try {
            String session = "causerie-concurrent-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
            Storage.Bounds small = new Storage.Bounds(10_000, 16_000_000, 200);
            List<Shape> a = SnapshotSizeTest.board(600).shapes();
            List<Shape> b = SnapshotSizeTest.board(800).shapes();
            List<SxeElement> chunksA = chunks(session, SnapshotSizeTest.board(600));
            List<SxeElement> chunksB = chunks(session, SnapshotSizeTest.board(800));
            Snapshots writerA = snapshots(alice, session, small, Executors.newSingleThreadExecutor());
            Snapshots writerB = snapshots(bob, session, small, Executors.newSingleThreadExecutor());
            Snapshots reader = snapshots(carol, session, Storage.Bounds.DEFAULTS, Executors.newSingleThreadExecutor());
            Snapshots.Written first = Waiting.await(writerA.store(chunksA));
            assertTrue(first.items() > 3, "several parts and the head: " + first.items());
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 6; i++) {
                        CompletableFuture.allOf(writerA.store(chunksA), writerB.store(chunksB)).join();
                    }
                } finally {
                    writing.set(false);
                }
            }, io);
            AtomicInteger sawA = new AtomicInteger();
            AtomicInteger sawB = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            while (writing.get()) {
                Optional<List<Shape>> read = shapes(Waiting.await(reader.load()), session);
                if (read.isEmpty()) {
                    refused.incrementAndGet();
                } else if (read.get().equals(a)) {
                    sawA.incrementAndGet();
                } else {
                    assertEquals(b, read.get(), "a reader gets one writer's board whole, never a mix");
                    sawB.incrementAndGet();
                }
            }
            Waiting.await(writes);
            LOG.log(Level.INFO, "concurrent writers: the reader read A " + sawA + " times, B " + sawB
                    + " times, refused (a part retracted under it twice) " + refused + " times");
            assertTrue(sawA.get() + sawB.get() > 0, "the reader read whole boards");
            Optional<List<Shape>> last = shapes(Waiting.await(reader.load()), session);
            assertTrue(last.equals(Optional.of(a)) || last.equals(Optional.of(b)), "once quiet, one whole board");

            Snapshots.Written newest = Waiting.await(writerB.store(chunksB));
            assertEquals(Optional.of(b), shapes(Waiting.await(writerA.load()), session), "A reads B's newer board");
            Waiting.eventually(() -> "A retracts its older snapshot once it read B's: " + items(carol, session),
                    () -> items(carol, session).size() == newest.items());
            assertEquals(Optional.of(b), shapes(Waiting.await(reader.load()), session));
        } finally {
            io.shutdownNow();
            Sessions.disconnect(alice, bob, carol);
        }
    }

    /** @return CPU nanoseconds ejabberd has used, 0 when unknown */
    private static long beamCpu(EjabberdServer server) {
        return server.process().flatMap(p -> p.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(0L);
    }

    /** @return CPU nanoseconds of this JVM's live threads */
    private static long jvmCpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : mx.getAllThreadIds()) {
            total += Math.max(0, mx.getThreadCpuTime(id));
        }
        return total;
    }

    /** @return the ids of the items on a board's node */
    private static List<String> items(XmppSession session, String sxeSession) {
        try {
            var connection = ((SmackSession) session).connection();
            return ServiceDiscoveryManager.getInstanceFor(connection).discoverItems(PubSubManager
                    .getPubSubService(connection), PubSubSnapshots.NODE_PREFIX + sxeSession
                    + PubSubSnapshots.NODE_SUFFIX).getItems().stream().map(i -> i.getName()).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void whatWritingAndLoadingBigBoardsCosts(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        ExecutorService io = Executors.newSingleThreadExecutor();
        try {
            for (int shapes : new int[] {1_000, 10_000}) {
                String name = "big-" + shapes + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
                RoomId room = new RoomId(bob.account().id(), name.toLowerCase(Locale.ROOT) + "@" + server.mucDomain());
                String session = RoomSessions.sessionOf(room.room());
                BoardModel model = SnapshotSizeTest.board(shapes);
                Snapshots writer = snapshots(alice, session, Storage.Bounds.DEFAULTS, io);
                for (int write = 1; write <= 2; write++) { // the first creates the node, the second retracts the first
                    long start = System.nanoTime();
                    List<SxeElement> chunks = chunks(session, model);
                    long cut = System.nanoTime();
                    Snapshots.Written w = Waiting.await(writer.store(chunks));
                    LOG.log(Level.INFO, String.format("FIGURE snapshot write %d of %d shapes: %d bytes packed in %d, "
                            + "%d items published, %d retracted, %d ms (state cut %d ms)", write, shapes, w.bytes(),
                            w.packed(), w.items(),
                            w.retracted(), (System.nanoTime() - start) / 1_000_000, (cut - start) / 1_000_000));
                }
                long beam = beamCpu(server);
                long jvm = jvmCpu();
                long read = System.nanoTime();
                Optional<Snapshots.Stored> stored = Waiting.await(snapshots(bob, session, Storage.Bounds.DEFAULTS, io)
                        .load());
                long checked = System.nanoTime();
                long beamRead = beamCpu(server) - beam;
                long jvmRead = jvmCpu() - jvm;
                assertEquals(Optional.of(model.shapes()), shapes(stored, session));
                LOG.log(Level.INFO, String.format("FIGURE snapshot read of %d shapes: %d ms (CPU meanwhile: ejabberd %d"
                        + " ms, this JVM %d ms), checked and applied %d ms", shapes, (checked - read) / 1_000_000,
                        beamRead / 1_000_000, jvmRead / 1_000_000, (System.nanoTime() - checked) / 1_000_000));

                WhiteboardService boards = Services.get(WhiteboardService.class);
                Waiting.await(Services.get(MucService.class).create(JoinRequest.of(room, "bob"), true));
                long open = System.nanoTime();
                BoardSnapshot board = Waiting.await(boards.openRoom(room));
                long synced = System.nanoTime();
                assertEquals(SyncState.SYNCED, board.state());
                assertEquals(model.shapes(), board.shapes(), "the late joiner of the empty room has the whole board");
                LOG.log(Level.INFO, String.format("FIGURE late join of an empty room with %d stored shapes: openRoom "
                        + "to synced %d ms", shapes, (synced - open) / 1_000_000));
                boards.close(board.board());
            }
        } finally {
            io.shutdownNow();
            Sessions.disconnect(alice, bob);
        }
    }
}
