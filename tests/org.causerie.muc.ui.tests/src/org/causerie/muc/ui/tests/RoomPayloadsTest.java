package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.Payload;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.editor.EntryFormatter;
import org.causerie.muc.ui.internal.editor.RoomTranscript;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.MessageRendererContribution;
import org.causerie.ui.text.Timestamps;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Room messages with payloads: a renderer's line under the message (a bodiless
 * one shows its header and the line), and the lines already shown laid out again
 * in place when a renderer comes or goes, the other lines untouched.
 */
class RoomPayloadsTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");
    private static final RoomId ROOM = new RoomId("acc", "lounge@conference.example.org");
    private static final String NS = "urn:example:poll";
    private static Ui ui;
    private final List<MessageRendererContribution> renderers = new CopyOnWriteArrayList<>();
    private final EntryFormatter formatter = new EntryFormatter(
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
    }

    @AfterEach
    void close() {
        ui.run(shell::dispose);
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
        ui.run(() -> transcript.add(List.of(formatter.format(message("m1", "before", List.of())),
                formatter.format(message("m2", "", List.of(payload))),
                formatter.format(message("m3", "after", List.of())))));
        String without = ui.read(() -> transcript.control().getText());
        assertFalse(without.contains("opened a poll"), without);

        renderers.add(poll());
        ui.run(() -> transcript.relayout(formatter::format));
        String with = ui.read(() -> transcript.control().getText());
        List<String> lines = with.lines().toList();
        int line = lines.indexOf("\ud83d\udcca carol opened a poll");
        assertTrue(line > 0 && lines.get(line - 1).startsWith("carol") && lines.get(line - 2).equals("before")
                && lines.get(line + 1).startsWith("carol") && lines.get(line + 2).equals("after"),
                "under the bodiless message's header, in its place: " + with);
        assertEquals(3, ui.read(transcript::size));

        renderers.clear();
        ui.run(() -> transcript.relayout(formatter::format));
        assertEquals(without, ui.read(() -> transcript.control().getText()), "back as it was");
    }
}
