package org.causerie.whiteboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardListener;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.PersistenceEvent;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.BoardModel;
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
import org.causerie.whiteboard.internal.sxe.Sxe;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A joiner alone in the room starting from the stored snapshot plus the room's archive after it
 * (docs/whiteboard.md, Persistence: "What came after the snapshot"), with the archive's answer held
 * back so that live elements arrive while it is read: each element is applied once, in the room's order.
 */
class BoardArchiveTest {

    private static final String SESSION = "s";
    private final BoardId id = new BoardId("acct", BoardId.Kind.ROOM, "room@muc.example", SESSION);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Notifier notifier = new Notifier();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<PersistenceEvent> events = new CopyOnWriteArrayList<>();
    private final List<String> stored = new CopyOnWriteArrayList<>();
    private final List<Optional<String>> asked = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Archive.Read> answer = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();
    /** Bob's board: what the room confirmed, in its order. */
    private final BoardModel bob = new BoardModel(new SvgPolicy(WhiteboardLimits.DEFAULTS), "bob",
            () -> "e" + ids.incrementAndGet());

    @BeforeEach
    void listen() {
        notifier.add(new BoardListener() {
            @Override
            public void recordsRefused(BoardId board, String sender, String reason) {
                refused.add(sender + ": " + reason);
            }

            @Override
            public void persistence(PersistenceEvent event) {
                events.add(event);
            }
        });
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
        notifier.stop();
    }

    @Test
    void liveElementsDuringTheArchiveQueryAreAppliedOnceAfterTheArchivedOnes() throws Exception {
        draw(0);
        draw(10);
        String snapshot = StoredBoard.write(SESSION, Optional.of("arch-2"),
                StateChunks.of(SESSION, bob.replica(), n -> id.peer() + "/" + n));
        assertEquals(Optional.of("arch-2"), StoredBoard.archiveId(snapshot));
        SxeElement c = draw(20);
        SxeElement d = draw(30);
        SxeElement e = draw(40);
        SxeElement hostile = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='s' id='h'><state>"
                + "<new type='element' rid='h1' parent='nowhere' name='rect' ns='http://www.w3.org/2000/svg'/>"
                + "</state></sxe>");

        Board board = board(Optional.of(snapshot));
        board.join();
        assertEquals(List.of(Optional.of("arch-2")), asked, "the archive is read after the snapshot's id");
        assertEquals(SyncState.JOINING, board.snapshot().state(), "waits for the archive");
        // Live, while the archive is read: d (archived too, the answer has it) and e (after the answer).
        board.handle("bob", d, false, false, "arch-5");
        board.handle("bob", e, false, false, "arch-6");
        answer.complete(new Archive.Read(List.of(new Archive.Entry("arch-3", "bob", c),
                new Archive.Entry("arch-4", "mallory", hostile), new Archive.Entry("arch-5", "bob", d)), 3, true));

        assertEquals(4, board.synced().get(10, TimeUnit.SECONDS).shapes().size(),
                "the join completes with the snapshot and what the archive recovered");
        BoardSnapshot joined = board.snapshot();
        flush();
        assertEquals(bob.shapes(), joined.shapes(), "the snapshot, then c and d from the archive, then e live");
        assertEquals(5, joined.shapes().size());
        // d applied twice would be refused (a duplicate rid) and show here.
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.getFirst().startsWith("mallory: ") && refused.getFirst().contains("nowhere"),
                refused.toString());
        assertTrue(events.stream().anyMatch(ev -> ev.kind() == PersistenceEvent.Kind.LOADED), events.toString());
        assertTrue(events.stream().anyMatch(ev -> ev.kind() == PersistenceEvent.Kind.RECOVERED
                && ev.detail().startsWith("3 elements")), events.toString());

        board.saveIfChanged();
        assertEquals(Optional.of("arch-6"), StoredBoard.archiveId(stored.getLast()),
                "the next snapshot names the archive id of its last element");
    }

    @Test
    void withoutASnapshotTheBoardIsRebuiltFromTheArchivesBeginning() throws Exception {
        List<Archive.Entry> archived = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            archived.add(new Archive.Entry("arch-" + i, "bob", draw(i * 10)));
        }
        Board board = board(Optional.empty());
        board.join();
        assertEquals(List.of(Optional.<String>empty()), asked);
        answer.complete(new Archive.Read(archived, 7, true));
        assertEquals(bob.shapes(), board.synced().get(10, TimeUnit.SECONDS).shapes());
        flush();
        assertEquals(List.of(), refused);
    }

    @Test
    void aSnapshotWithoutAnArchiveIdOrAFailingArchiveGiveTheSnapshotAndSayWhy() throws Exception {
        draw(0);
        String old = StoredBoard.write(SESSION, StateChunks.of(SESSION, bob.replica(), n -> id.peer() + "/" + n));
        Board board = board(Optional.of(old));
        board.join();
        assertEquals(List.of(), asked, "nothing to read after");
        assertEquals(bob.shapes(), board.synced().get(10, TimeUnit.SECONDS).shapes());
        flush();
        assertTrue(events.stream().anyMatch(ev -> ev.kind() == PersistenceEvent.Kind.NOT_RECOVERED
                && ev.detail().contains("names no archive id")), events.toString());

        events.clear();
        String marked = StoredBoard.write(SESSION, Optional.of("gone"),
                StateChunks.of(SESSION, bob.replica(), n -> id.peer() + "/" + n));
        Board again = board(Optional.of(marked));
        again.join();
        answer.completeExceptionally(new IllegalStateException("item-not-found"));
        assertEquals(bob.shapes(), again.synced().get(10, TimeUnit.SECONDS).shapes());
        flush();
        assertTrue(events.stream().anyMatch(ev -> ev.kind() == PersistenceEvent.Kind.NOT_RECOVERED
                && ev.detail().contains("item-not-found")), events.toString());
        assertFalse(events.stream().anyMatch(ev -> ev.kind() == PersistenceEvent.Kind.FAILED), events.toString());
    }

    /** @return a rectangle bob draws, as the room confirms and sends it */
    private SxeElement draw(double x) {
        List<BoardModel.Outgoing> out = bob.edit(Edit.Add.of(ShapeKind.RECTANGLE,
                List.of(new Point(x, x), new Point(x + 5, x + 5)), Style.DEFAULT));
        BoardModel.Outgoing o = out.getFirst();
        bob.replica().received("bob", o.id(), o.records(), true);
        return new SxeElement(SESSION, o.id(), new SxePayload.State(List.copyOf(o.records())));
    }

    private Board board(Optional<String> snapshot) {
        Snapshots snapshots = new Snapshots() {
            @Override
            public CompletableFuture<Optional<Stored>> load() {
                return CompletableFuture.completedFuture(snapshot.map(Stored.Single::new));
            }

            @Override
            public CompletableFuture<Written> store(Optional<String> archiveId, List<SxeElement> chunks) {
                String xml = StoredBoard.write(SESSION, archiveId, chunks);
                stored.add(xml);
                return CompletableFuture.completedFuture(new Written(xml.length(), xml.length(), 1, 0));
            }
        };
        Archive archive = after -> {
            asked.add(after);
            return answer;
        };
        return new Board(id, alone(), WhiteboardLimits.DEFAULTS, notifier, timer, Optional.of(snapshots), Storage.Bounds.DEFAULTS,
                new BoardArchive(id, Optional.of(archive), notifier));
    }

    private Channel alone() {
        return new Channel() {
            @Override
            public String self() {
                return "carol";
            }

            @Override
            public boolean orders() {
                return false;
            }

            @Override
            public void broadcast(SxeElement element) {
            }

            @Override
            public void direct(String to, SxeElement element) {
            }

            @Override
            public String qualify(String sender) {
                return id.peer() + "/" + sender;
            }

            @Override
            public List<String> others() {
                return List.of();
            }
        };
    }

    /** Waits until the events posted so far reached the listener. */
    private void flush() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        notifier.post(l -> done.countDown());
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }
}
