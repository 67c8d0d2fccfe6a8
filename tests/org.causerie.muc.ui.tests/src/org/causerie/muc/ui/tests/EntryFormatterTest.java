package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.editor.EntryFormatter;
import org.causerie.muc.ui.internal.editor.RenderedEntry;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.Timestamps;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** How room messages and events read in the transcript. */
class EntryFormatterTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");
    private static final RoomId ROOM = new RoomId("acc", "lounge@conference.example.org");
    private final EntryFormatter formatter = new EntryFormatter(
            new Timestamps(ZoneOffset.UTC, Locale.ENGLISH, Clock.fixed(NOON, ZoneOffset.UTC)));

    private static RoomMessage message(String nick, String body, RoomMessage.Source source, boolean own,
            Optional<String> archiveId) {
        return new RoomMessage("id1", ROOM, nick, Optional.empty(), body, NOON, source, own, Optional.empty(),
                archiveId);
    }

    @Test
    void aMessageShowsItsSenderTimeBodyAndLinks() {
        RenderedEntry live = formatter.format(message("bob", "see https://example.org :)",
                RoomMessage.Source.LIVE, false, Optional.empty()));
        assertTrue(live.text().startsWith("bob   "), live.text());
        assertTrue(live.text().endsWith("see https://example.org :)\n"), live.text());
        assertFalse(live.text().contains(Messages.entry_history), live.text());
        assertEquals(Span.Kind.SENDER_IN, live.spans().get(0).kind());
        assertTrue(live.spans().stream().anyMatch(s -> s.kind() == Span.Kind.LINK
                && s.value().equals("https://example.org")), live.spans().toString());
        assertTrue(live.spans().stream().anyMatch(s -> s.kind() == Span.Kind.EMOTICON), live.spans().toString());
        assertFalse(live.archived());

        RenderedEntry own = formatter.format(message("me", "hi", RoomMessage.Source.LIVE, true, Optional.empty()));
        assertEquals(Span.Kind.SENDER_OUT, own.spans().get(0).kind());
    }

    @Test
    void historyAndArchiveAreMarkedAndTheSameMessageHasOneKey() {
        RenderedEntry history = formatter.format(message("bob", "old", RoomMessage.Source.HISTORY, false,
                Optional.of("stanza-7")));
        RenderedEntry archive = formatter.format(message("bob", "old", RoomMessage.Source.ARCHIVE, false,
                Optional.of("stanza-7")));
        assertTrue(history.text().contains(Messages.entry_history), history.text());
        assertTrue(archive.text().contains(Messages.entry_archive), archive.text());
        assertTrue(archive.archived());
        assertEquals(history.key(), archive.key());
        RenderedEntry other = formatter.format(message("carol", "old", RoomMessage.Source.LIVE, false,
                Optional.empty()));
        assertNotEquals(history.key(), other.key());
    }

    @Test
    void eventsAreOneLineInWordsWithActorAndReason() {
        RoomEvent kick = new RoomEvent(ROOM, RoomEvent.Kind.KICKED, "troll", Optional.of("alice"),
                Optional.of("spam\nspam"), Optional.empty(), NOON);
        RenderedEntry line = formatter.format(kick);
        String expected = NLS.bind(Messages.event_KICKED, "troll") + " " + NLS.bind(Messages.event_by, "alice") + " "
                + NLS.bind(Messages.event_reason, "spam spam");
        assertTrue(line.text().endsWith(expected + "\n"), line.text());
        assertEquals(1, line.text().lines().count(), "one line: " + line.text());
        assertEquals(Span.Kind.ERROR, line.spans().get(0).kind());

        RoomEvent role = new RoomEvent(ROOM, RoomEvent.Kind.ROLE_CHANGED, "bob", Optional.empty(), Optional.empty(),
                Optional.of("moderator"), NOON);
        assertEquals(NLS.bind(Messages.event_ROLE_CHANGED, "bob", Messages.role_moderator),
                EntryFormatter.describe(role));
        RoomEvent destroyed = new RoomEvent(ROOM, RoomEvent.Kind.DESTROYED, "", Optional.empty(), Optional.empty(),
                Optional.of("new@conference.example.org"), NOON);
        assertEquals(NLS.bind(Messages.event_DESTROYED_VENUE, "new@conference.example.org"),
                EntryFormatter.describe(destroyed));
        RoomEvent declined = new RoomEvent(ROOM, RoomEvent.Kind.INVITATION_DECLINED, "bob@example.org",
                Optional.empty(), Optional.of("busy"), Optional.empty(), NOON);
        assertEquals(NLS.bind(Messages.event_INVITATION_DECLINED, "bob@example.org") + " "
                + NLS.bind(Messages.event_reason, "busy"), EntryFormatter.describe(declined));
    }

    @Test
    void aHugeBodyIsCutAndSaysSo() {
        String body = "x".repeat(50_000);
        RenderedEntry entry = formatter.format(message("bob", body, RoomMessage.Source.LIVE, false, Optional.empty()));
        assertTrue(entry.text().length() < 4_000, "cut: " + entry.text().length());
        String action = NLS.bind(Messages.entry_showWhole, java.text.NumberFormat.getIntegerInstance().format(50_000));
        int at = entry.text().indexOf(action);
        assertTrue(at > 0, "offers the whole message: " + entry.text());
        assertTrue(entry.spans().stream().anyMatch(s -> s.kind() == org.causerie.ui.text.Span.Kind.SHOW_WHOLE
                && s.start() == at && s.length() == action.length()), "as a clickable span: " + entry.spans());
    }
}
