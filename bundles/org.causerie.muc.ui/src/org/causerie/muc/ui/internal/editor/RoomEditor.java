package org.causerie.muc.ui.internal.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.causerie.muc.MucService;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucErrors;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.RoomParts;
import org.causerie.ui.Contributions;
import org.causerie.ui.FileDropArea;
import org.causerie.ui.FileDropContribution;
import org.causerie.ui.FileDrops;
import org.causerie.ui.MessageRendererContribution;
import org.causerie.ui.RoomRef;
import org.causerie.ui.RoomToolContribution;
import org.causerie.ui.text.Timestamps;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The editor of one joined room (an e4 POJO part made from the fragment's
 * descriptor): the room and our nickname, the tool bar (invite, the Room menu,
 * plugins' room tools), the subject, the conversation (messages with nickname and
 * time, history and archive marked, events in words, "load older messages") with
 * the input, private conversations in tabs beside it, and the occupants grouped by
 * role. Files dropped onto the room's conversation go to the first
 * {@link FileDropContribution} that accepts the room (file transfer uploads them).
 * The room comes from the part's persisted state; closing the editor leaves the
 * room.
 */
public final class RoomEditor {

    static final int ARCHIVE_PAGE = 50;

    @Inject
    private MPart part;
    @Inject
    @Service
    private MucService muc;
    @Inject
    private MucUi ui;
    @Inject
    private EPartService partService;

    private RoomId id;
    private Display display;
    private RoomHeader header;
    private RoomToolBar toolBar;
    private PrivateTabs tabs;
    private ConversationPane roomPane;
    private OccupantTree occupants;
    private RoomFeed feed;
    private Contributions<RoomToolContribution> tools;
    private Contributions<FileDropContribution> fileDrops;
    private Contributions<MessageRendererContribution> renderers;
    private EntryFormatter formatter;
    private volatile Optional<RoomSnapshot> snapshot = Optional.empty();
    private boolean focusWanted;
    /** Display thread only. */
    private boolean built;

    @PostConstruct
    void create(Composite parent) {
        id = RoomParts.room(part).orElseThrow(() -> new IllegalStateException("no room"));
        display = parent.getDisplay();
        RoomFrame frame = new RoomFrame(parent, id, ui.accounts().name(id.accountId()), ui, muc, () -> snapshot,
                this::later, this::loadOlder);
        frame.build(this::later, () -> connect(frame));
        header = frame.header;
        toolBar = frame.toolBar;
    }

    /** Once every widget is made: the room's lines and changes, the contributions. */
    private void connect(RoomFrame frame) {
        tabs = frame.tabs;
        roomPane = frame.roomPane;
        occupants = frame.occupants;
        // A renderer coming or going lays out again the messages with payloads, in place.
        renderers = Contributions.track(FrameworkUtil.getBundle(RoomEditor.class).getBundleContext(),
                MessageRendererContribution.class, executor(), list -> {
                    roomPane.transcript().relayout(formatter::format);
                    tabs.relayout(formatter::format);
                });
        formatter = new EntryFormatter(Timestamps.local(), renderers::current);
        feed = new RoomFeed(muc, id, formatter, executor(), this::timer, new FeedView());
        feed.start();
        tools = Contributions.track(FrameworkUtil.getBundle(RoomEditor.class).getBundleContext(),
                RoomToolContribution.class, executor(), toolBar::tools);
        RoomRef ref = new RoomRef(id.accountId(), id.room());
        fileDrops = Contributions.track(FrameworkUtil.getBundle(RoomEditor.class).getBundleContext(),
                FileDropContribution.class, Runnable::run, list -> {
                });
        // a room we are not in (left, kicked, not yet joined) takes no files: its link could not be sent
        FileDropArea.attach(() -> snapshot.filter(RoomSnapshot::joined).flatMap(in -> FileDrops.forRoom(
                fileDrops.current(), ref)).map(c -> (files, shell) -> c.drop(ref, files, shell)),
                roomPane.transcript().control(), roomPane.input());
        built = true;
        if (focusWanted && partService.getActivePart() == part) {
            roomPane.input().setFocus(); // the editor got the focus while it was being made
        }
    }

    /** @return whether every widget is made (a turn or two after the part is) and the room's lines come */
    public boolean built() {
        return built;
    }

    /** @return the room shown */
    public RoomId room() {
        return id;
    }

    /** @return the tool bar (tests look at the contributed tools) */
    public RoomToolBar toolBar() {
        return toolBar;
    }

    /** @return the room's conversation (the first tab; private ones are in their own tabs), once {@link #built()} */
    public RoomTranscript transcript() {
        return roomPane.transcript();
    }

    /** @return the occupant list, once {@link #built()} */
    public OccupantTree occupants() {
        return occupants;
    }

    /** Opens the private conversation with an occupant, once {@link #built()}; display thread. */
    public void openPrivate(String nick) {
        tabs.open(nick);
    }

    @Focus
    void focus() {
        if (built()) {
            roomPane.input().setFocus();
        } else {
            focusWanted = true; // the input, once made (if the editor is still the active part then)
            header.setFocus();
        }
    }

    @PreDestroy
    void dispose() {
        // closed before it was all made, it may have none of these yet
        for (Contributions<?> tracked : Arrays.asList(tools, fileDrops, renderers)) {
            if (tracked != null) {
                tracked.close();
            }
        }
        if (feed != null) {
            feed.stop();
        }
        ui.later(ui::relabel); // once this part is out of the model
        try {
            if (muc.room(id).isPresent()) {
                muc.leave(id); // closing a room's editor leaves the room (Psi, Gajim)
            }
        } catch (RuntimeException e) {
            // the service is going away with the workbench: nothing to leave
        }
    }

    private void loadOlder() {
        if (!built()) {
            return; // a turn after the link shows, the transcript is there
        }
        header.notice(Messages.notice_loadingOlder);
        muc.fetchArchive(id, ARCHIVE_PAGE).whenComplete((older, failure) -> later(() -> {
            if (failure != null) {
                header.notice(NLS.bind(Messages.error_archive, MucErrors.describe(failure)));
            } else if (older.isEmpty()) {
                header.notice(Messages.notice_noOlder);
            } else {
                roomPane.transcript().add(older.stream().map(formatter::format).toList());
                header.notice(NLS.bind(Messages.notice_older, older.size()));
            }
        }));
    }

    private Executor executor() {
        return this::later;
    }

    /** Runs on the display thread after a delay; called on the display thread. */
    private void timer(int millis, Runnable runnable) {
        display.timerExec(millis, () -> {
            if (!header.isDisposed()) {
                runnable.run();
            }
        });
    }

    private void later(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!header.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** The feed's output, on the display thread. */
    private final class FeedView implements RoomFeed.View {
        @Override
        public void entries(List<RenderedEntry> entries) {
            List<RenderedEntry> privately = entries.stream()
                    .filter(e -> e.entry() instanceof RoomMessage m && m.isPrivate()).toList();
            if (!privately.isEmpty()) {
                tabs.add(privately);
            }
            roomPane.transcript().add(privately.isEmpty() ? entries
                    : entries.stream().filter(e -> !privately.contains(e)).toList());
        }

        @Override
        public void room(RoomSnapshot room) {
            snapshot = Optional.of(room);
            header.show(room);
            occupants.show(room);
            roomPane.enabled(room.joined());
        }

        @Override
        public void joined(RoomSnapshot room) {
            room(room);
            header.notice("");
        }

        @Override
        public void left(RoomEvent why) {
            snapshot = snapshot.map(s -> new RoomSnapshot(s.room(), s.nick(), s.role(), s.affiliation(), s.subject(),
                    List.of(), false));
            snapshot.ifPresent(occupants::show); // out of the room: nobody is listed any more
            roomPane.enabled(false);
            header.notice(NLS.bind(Messages.notice_left, EntryFormatter.describe(why)));
        }
    }
}
