package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.Payload;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.editor.EntryFormatter;
import org.causerie.muc.ui.internal.editor.RenderedEntry;
import org.causerie.muc.ui.internal.editor.RoomTranscript;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.MessageRendererContribution;
import org.causerie.ui.text.Timestamps;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The room transcript holds every line but keeps only the newest in its widget
 * while it follows the end; the older ones come back when the view reaches the top.
 * Messages with payloads get a renderer's line and are laid out again in place
 * when renderers come or go.
 */
class RoomTranscriptTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");
    private static final RoomId ROOM = new RoomId("acc", "lounge@conference.example.org");
    private static Ui ui;
    private final EntryFormatter formatter = new EntryFormatter(
            new Timestamps(ZoneOffset.UTC, Locale.ENGLISH, Clock.fixed(NOON, ZoneOffset.UTC)));
    private static final String NS = "urn:example:poll";
    private final List<MessageRendererContribution> renderers = new CopyOnWriteArrayList<>();
    /** Lays out with {@link #renderers}, as the room editor does with the registered ones. */
    private final EntryFormatter rendering = new EntryFormatter(
            new Timestamps(ZoneOffset.UTC, Locale.ENGLISH, Clock.fixed(NOON, ZoneOffset.UTC)), () -> renderers);
    private Shell shell;
    private RoomTranscript transcript;

    @BeforeAll
    static void workbench() throws Exception {
        ui = SharedWorkbench.driver().ui();
    }

    @BeforeEach
    void open() {
        ui.run(() -> {
            shell = new Shell(Display.getCurrent(), SWT.SHELL_TRIM);
            shell.setLayout(new FillLayout());
            transcript = new RoomTranscript(shell, link -> { });
            shell.setBounds(40, 40, 600, 500);
            shell.open();
        });
        // the window's size comes from the X server: what fills the view is known once the transcript has it
        ui.waitFor("the transcript laid out", () -> Optional.of(transcript.control().getClientArea().height)
                .filter(height -> height > 0));
    }

    @AfterEach
    void close() {
        ui.run(shell::dispose);
    }

    private List<RenderedEntry> messages(int from, int to, RoomMessage.Source source) {
        List<RenderedEntry> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(formatter.format(new RoomMessage("id" + i, ROOM, "nick" + i % 7, Optional.empty(), "message " + i,
                    NOON.plusSeconds(i), source, false, Optional.empty(), Optional.of("archive" + i))));
        }
        return out;
    }

    @Test
    void aLongHistoryIsHeldWholeAndItsNewestLinesShown() {
        ui.run(() -> transcript.add(messages(0, 3000, RoomMessage.Source.HISTORY)));
        assertEquals(3000, ui.read(transcript::size));
        assertTrue(ui.read(transcript::shownCount) < RoomTranscript.WINDOW, "at first only the lines filling the view");
        assertTrue(ui.read(() -> transcript.isShown("a archive2999")), "the newest line is in the widget");
        awaitWindow();
        assertTrue(ui.read(() -> transcript.control().getText().endsWith("message 2999\n")));
        ui.run(() -> transcript.add(messages(3000, 3010, RoomMessage.Source.LIVE)));
        assertTrue(ui.read(() -> transcript.control().getText().endsWith("message 3009\n")), "new lines follow");
        ui.run(() -> transcript.add(messages(0, 3010, RoomMessage.Source.HISTORY)));
        assertEquals(3010, ui.read(transcript::size), "known lines are not added again");
    }

    @Test
    void reachingTheTopBringsTheOlderLinesBackWithoutMovingTheView() {
        ui.run(() -> transcript.add(messages(0, 500, RoomMessage.Source.HISTORY)));
        awaitWindow();
        String top = ui.read(() -> {
            transcript.control().setTopIndex(0); // as Ctrl+Home does, then the key event the view sees
            transcript.control().notifyListeners(SWT.KeyDown, new Event());
            return transcript.control().getLine(transcript.control().getTopIndex());
        });
        ui.waitFor("older lines put back", () -> transcript.shownCount() > RoomTranscript.WINDOW
                ? Optional.of(true) : Optional.empty());
        assertEquals(RoomTranscript.WINDOW + 50, ui.read(transcript::shownCount));
        int topLine = ui.read(() -> transcript.control().getTopIndex());
        assertTrue(topLine > 1, "the view is no longer at the top");
        assertEquals(top, ui.read(() -> transcript.control().getLine(topLine)), "the view stays on the line it showed");
        ui.run(() -> transcript.add(messages(500, 520, RoomMessage.Source.LIVE)));
        assertEquals(520, ui.read(transcript::size));
        assertTrue(ui.read(() -> transcript.isShown("a archive519")), "lines arriving while scrolled up are added");
        assertTrue(ui.read(() -> transcript.shownCount() > RoomTranscript.WINDOW + 20),
                "nothing is taken from the widget while the user reads older lines");
    }

    @Test
    void archivedLinesGoInByTimeAmongTheHeldOnes() {
        ui.run(() -> transcript.add(messages(100, 400, RoomMessage.Source.HISTORY)));
        ui.run(() -> transcript.add(messages(0, 100, RoomMessage.Source.ARCHIVE)));
        List<String> keys = ui.read(transcript::keys);
        assertEquals(400, keys.size());
        assertEquals("a archive0", keys.get(0));
        assertEquals("a archive100", keys.get(100));
        assertEquals("a archive399", keys.get(399));
        awaitWindow();
        assertTrue(ui.read(() -> transcript.isShown("a archive399")), "the widget still ends with the newest");
    }

    /** The lines above the view go in soon after those filling it. */
    private void awaitWindow() {
        ui.waitFor("the transcript's whole window", () -> transcript.shownCount() == RoomTranscript.WINDOW
                ? Optional.of(true) : Optional.empty());
    }

    private static RoomMessage message(String id, String body, List<Payload> payloads) {
        return new RoomMessage(id, ROOM, "carol", Optional.empty(), body, NOON, RoomMessage.Source.LIVE, false,
                Optional.empty(), Optional.empty(), payloads);
    }

    private static MessageRendererContribution poll() {
        return new MessageRendererContribution() {
            @Override
            public String id() {
                return "poll";
            }

            @Override
            public String label() {
                return "Polls";
            }

            @Override
            public Set<String> namespaces() {
                return Set.of(NS);
            }

            @Override
            public Optional<Line> render(Payload payload, Context message) {
                return Optional.of(new Line("\ud83d\udcca " + message.sender() + " opened a poll", Style.NOTICE));
            }
        };
    }

    @Test
    void linesFollowTheRenderersInPlace() {
        Payload payload = new Payload(NS, "poll", "<poll xmlns='" + NS + "'/>");
        ui.run(() -> transcript.add(List.of(rendering.format(message("m1", "before", List.of())),
                rendering.format(message("m2", "", List.of(payload))),
                rendering.format(message("m3", "after", List.of())))));
        String without = ui.read(() -> transcript.control().getText());
        assertFalse(without.contains("opened a poll"), without);

        renderers.add(poll());
        ui.run(() -> transcript.relayout(rendering::format));
        String with = ui.read(() -> transcript.control().getText());
        List<String> lines = with.lines().toList();
        int line = lines.indexOf("\ud83d\udcca carol opened a poll");
        assertTrue(line > 0 && lines.get(line - 1).startsWith("carol") && lines.get(line - 2).equals("before")
                && lines.get(line + 1).startsWith("carol") && lines.get(line + 2).equals("after"),
                "under the bodiless message's header, in its place: " + with);
        assertEquals(3, ui.read(transcript::size));

        renderers.clear();
        ui.run(() -> transcript.relayout(rendering::format));
        assertEquals(without, ui.read(() -> transcript.control().getText()), "back as it was");
    }
}
