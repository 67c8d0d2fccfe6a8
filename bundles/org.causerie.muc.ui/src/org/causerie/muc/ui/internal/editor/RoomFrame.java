package org.causerie.muc.ui.internal.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.causerie.core.PresenceMode;
import org.causerie.muc.Affiliation;
import org.causerie.muc.MucService;
import org.causerie.muc.Occupant;
import org.causerie.muc.Role;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.ui.RoomRef;
import org.causerie.ui.text.Timestamps;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

/**
 * The room editor's widgets, made in four steps (header, tool bar, body, conversation):
 * the editor makes them in three display turns ({@link #build}); {@link #warmUp} makes
 * the same ones, one step per display turn, for a room nobody is in, in a shell that is
 * never shown, so that the first editor of a session finds its code linked and run
 * before, its widgets' kinds made and its fonts loaded (docs/muc-ui.md, "Display-thread
 * work on joining"). Display thread only.
 */
public final class RoomFrame {

    /** The room of the warm-up's frame: none (the address is reserved, RFC 2606). */
    private static final RoomId NO_ROOM = new RoomId("warm-up", "warm-up@warm-up.invalid");

    private final Composite parent;
    private final RoomId id;
    private final String account;
    private final MucUi ui;
    private final MucService muc;
    private final Supplier<Optional<RoomSnapshot>> snapshot;
    private final Consumer<Runnable> later;
    private final Runnable loadOlder;
    RoomHeader header;
    RoomToolBar toolBar;
    PrivateTabs tabs;
    ConversationPane roomPane;
    OccupantTree occupants;
    private RoomActions actions;
    private RoomLinks links;
    private SashForm sash;

    /**
     * @param later runs on the display thread later, unless the editor is gone
     * @param loadOlder the "load older messages" link's action
     */
    RoomFrame(Composite parent, RoomId id, String account, MucUi ui, MucService muc,
            Supplier<Optional<RoomSnapshot>> snapshot, Consumer<Runnable> later, Runnable loadOlder) {
        this.parent = parent;
        this.id = id;
        this.account = account;
        this.ui = ui;
        this.muc = muc;
        this.snapshot = snapshot;
        this.later = later;
        this.loadOlder = loadOlder;
    }

    /**
     * Makes the header and the tool bar now, then, each in a display turn of its own and
     * laid out at once, the body (the conversations' tabs beside the occupant list, both
     * empty) and the room's conversation (transcript and input); then runs {@code done}.
     * No display turn has the whole editor's work: made and laid out in one, the first
     * editor of a session held the display thread for 55–90 ms of CPU time (bench/muc).
     *
     * @param later runs on the display thread in a later turn, unless the editor is gone
     */
    void build(Consumer<Runnable> later, Runnable done) {
        List<Runnable> steps = steps();
        steps.get(0).run();
        steps.get(1).run();
        later.accept(() -> {
            steps.get(2).run();
            later.accept(() -> {
                steps.get(3).run();
                done.run();
            });
        });
    }

    /**
     * The steps of a frame for no room in {@code parent} (a shell never shown), to run one
     * per display turn; the caller disposes of the shell after the last.
     */
    public static List<Runnable> warmUp(Composite parent, MucUi ui, MucService muc) {
        RoomFrame frame = new RoomFrame(parent, NO_ROOM, NO_ROOM.accountId(), ui, muc, Optional::empty, r -> { },
                () -> { });
        List<Occupant> sample = List.of(
                new Occupant("a", Role.MODERATOR, Affiliation.OWNER, Optional.empty(), PresenceMode.AVAILABLE,
                        Optional.empty(), true),
                new Occupant("b", Role.PARTICIPANT, Affiliation.NONE, Optional.of("b@warm-up.invalid"),
                        PresenceMode.AWAY, Optional.empty(), false));
        List<Runnable> steps = new ArrayList<>(frame.steps());
        steps.add(() -> {
            frame.occupants.show(new RoomSnapshot(NO_ROOM, "a", Role.MODERATOR, Affiliation.OWNER,
                    Optional.empty(), sample, true));
            frame.header.show(new RoomSnapshot(NO_ROOM, "a", Role.MODERATOR, Affiliation.OWNER,
                    Optional.of("-"), sample, true));
        });
        steps.add(() -> parent.layout(true, true)); // sizes every kind of widget the way a shown editor does
        // lines as a join brings them: a few appended, then a burst replacing the widget's text
        steps.add(() -> frame.roomPane.transcript().add(sampleLines(0, 5)));
        steps.add(() -> frame.roomPane.transcript().add(sampleLines(5, 5 + RoomTranscript.WINDOW)));
        return steps;
    }

    /** @return history lines with what room lines have: nickname, time, a link, an emoticon */
    private static List<RenderedEntry> sampleLines(int from, int to) {
        EntryFormatter formatter = new EntryFormatter(Timestamps.local());
        Instant now = Instant.now();
        return IntStream.range(from, to).mapToObj(i -> formatter.format(new RoomMessage("warm-up-" + i, NO_ROOM,
                "a", Optional.empty(), "- :) https://warm-up.invalid/" + i, now, RoomMessage.Source.HISTORY, false,
                Optional.empty(), Optional.empty()))).toList();
    }

    private List<Runnable> steps() {
        return List.of(this::header, this::toolBar, this::body, this::conversation);
    }

    private void header() {
        header = new RoomHeader(parent, id, account);
        actions = new RoomActions(ui, muc, id, parent.getShell(), header::notice);
    }

    private void toolBar() {
        toolBar = new RoomToolBar(header.toolBarRow(), actions, snapshot, new RoomRef(id.accountId(), id.room()));
        header.onChangeSubject(() -> actions.changeSubject(snapshot.get().flatMap(RoomSnapshot::subject)
                .orElse("")));
        header.onLoadOlder(loadOlder);
        header.finish();
    }

    private void body() {
        sash = header.body();
        RoomLinks links = new RoomLinks(ui, id.accountId(), header::notice);
        tabs = new PrivateTabs(sash, (nick, body) -> muc.sendPrivate(id, nick, body), header::notice, later,
                links::open);
        occupants = new OccupantTree(sash);
        new OccupantMenu(occupants, actions, snapshot, nick -> tabs.open(nick));
        sash.setWeights(3, 1);
        layOut(sash);
        this.links = links;
    }

    private void conversation() {
        roomPane = new ConversationPane(tabs.control(), body -> muc.send(id, body), header::notice, later,
                links::open);
        tabs.room(roomPane, Messages.tab_room);
        layOut(tabs.control()); // the room's tab in its folder: only the folder is laid out again
    }

    /**
     * Lays out what a step added to a composite already shown and laid out; one without its size yet
     * (an editor made behind the others) is laid out when it gets it. Laid out at no size, each
     * scrolled widget would be 1 pixel wide, which GTK complains of ("negative content width").
     */
    private static void layOut(Composite composite) {
        org.eclipse.swt.graphics.Point size = composite.getSize();
        if (size.x > 1 && size.y > 1) {
            composite.layout(true, true);
        }
    }
}
