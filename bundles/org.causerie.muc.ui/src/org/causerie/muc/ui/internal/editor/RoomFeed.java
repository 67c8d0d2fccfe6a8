package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import org.causerie.muc.MucListener;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomSnapshot;

/**
 * Brings one room's conversation and state to the display thread: the transcript
 * so far, read and laid out on a background thread, then every line as it comes
 * (laid out on the service's thread), and the room's changes. Each run on the
 * display thread takes every line queued by then, so a burst (a long history on
 * joining) costs a few runs, not one per line or per fixed batch; of the room's
 * changes only the newest is shown when several wait (each is the whole room).
 * Both are paced ({@link Pacer}, {@value #PACE_MILLIS} ms): during a burst the
 * display thread shows the newest lines and occupants a few times a second, not
 * after every one of its turns.
 * Lines that arrive while the transcript loads are held and shown after it; the
 * transcript skips lines it already has, so none is lost or doubled.
 */
final class RoomFeed implements MucListener {

    /** The shortest time between two showings of new lines (or of the room's changes). */
    static final int PACE_MILLIS = 100;

    /** What the editor does with the feed, on the display thread. */
    interface View {
        void entries(List<RenderedEntry> entries);

        void room(RoomSnapshot snapshot);

        void joined(RoomSnapshot snapshot);

        void left(RoomEvent why);
    }

    private final MucService muc;
    private final RoomId id;
    private final EntryFormatter formatter;
    private final Executor display;
    private final View view;
    /** Display thread only: null once the transcript is shown. */
    private List<RenderedEntry> held = new ArrayList<>();
    private final ConcurrentLinkedQueue<RenderedEntry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicReference<RoomSnapshot> pendingRoom = new AtomicReference<>();
    private final Pacer lines;
    private final Pacer changes;

    /**
     * @param display runs on the display thread, later
     * @param timer runs on the display thread after that many milliseconds; called on the display thread
     */
    RoomFeed(MucService muc, RoomId id, EntryFormatter formatter, Executor display,
            BiConsumer<Integer, Runnable> timer, View view) {
        this.muc = muc;
        this.id = id;
        this.formatter = formatter;
        this.display = display;
        this.view = view;
        this.lines = new Pacer(display, timer, PACE_MILLIS, this::drain);
        this.changes = new Pacer(display, timer, PACE_MILLIS, this::showRoom);
    }

    void start() {
        muc.addMucListener(this);
        record Loaded(List<RenderedEntry> transcript, Optional<RoomSnapshot> room) {
        }
        CompletableFuture.supplyAsync(() -> new Loaded(muc.transcript(id).stream().map(formatter::format).toList(),
                muc.room(id))).whenComplete((loaded, failure) -> {
                    if (loaded != null) {
                        // the occupants and the lines in two runs: each is a good part of a frame in a large room
                        loaded.room().ifPresent(room -> display.execute(() -> view.room(room)));
                    }
                    display.execute(() -> {
                        List<RenderedEntry> pending = held;
                        held = null;
                        if (loaded != null) {
                            view.entries(loaded.transcript());
                        }
                        view.entries(pending);
                    });
                });
    }

    void stop() {
        muc.removeMucListener(this);
    }

    @Override
    public void entryAdded(RoomEntry entry) {
        if (!entry.room().equals(id)) {
            return;
        }
        queue.add(formatter.format(entry));
        lines.request();
    }

    private void drain() {
        List<RenderedEntry> batch = new ArrayList<>();
        for (RenderedEntry e = queue.poll(); e != null; e = queue.poll()) {
            batch.add(e);
        }
        if (held != null) {
            held.addAll(batch);
        } else if (!batch.isEmpty()) {
            view.entries(batch);
        }
    }

    @Override
    public void roomChanged(RoomSnapshot room) {
        if (room.room().equals(id) && pendingRoom.getAndSet(room) == null) {
            changes.request();
        }
    }

    private void showRoom() {
        RoomSnapshot newest = pendingRoom.getAndSet(null);
        if (newest != null) {
            view.room(newest);
        }
    }

    @Override
    public void roomJoined(RoomSnapshot room) {
        if (room.room().equals(id)) {
            pendingRoom.set(null); // older than this
            display.execute(() -> view.joined(room));
        }
    }

    @Override
    public void roomLeft(RoomId room, RoomEvent why) {
        if (room.equals(id)) {
            display.execute(() -> view.left(why));
        }
    }
}
