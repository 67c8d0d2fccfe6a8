package org.causerie.chat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.chat.ui.internal.PartLabels;
import org.causerie.chat.ui.internal.text.MessageFormatter;
import org.causerie.chat.ui.internal.text.RenderedMessage;
import org.causerie.ui.text.SafeText;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.Timestamps;
import org.junit.jupiter.api.Test;

/** How a message is laid out for the transcript: header, marks, bounded body, spans. */
class MessageFormatterTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOON = Instant.parse("2026-11-21T11:00:00Z");
    private static final ConversationId CONVERSATION = new ConversationId("acc", "bob@example.org");

    private static final MessageFormatter.Labels LABELS = new MessageFormatter.Labels() {
        @Override
        public String me() {
            return "Me";
        }

        @Override
        public String state(DeliveryState state) {
            return "<" + state.name() + ">";
        }

        @Override
        public String corrected() {
            return "<corrected>";
        }

        @Override
        public String delayed() {
            return "<delayed>";
        }

        @Override
        public String showWhole(String length) {
            return "<whole " + length + ">";
        }
    };

    /** A formatter whose "today" is fixed: the day of {@link #NOON} in Paris. */
    private static MessageFormatter formatter() {
        return new MessageFormatter(LABELS, new Timestamps(PARIS, Locale.FRANCE, Clock.fixed(NOON, PARIS)));
    }

    private static ChatMessage message(ChatMessage.Direction direction, String body, Instant when) {
        return new ChatMessage("id1", CONVERSATION, direction,
                direction == ChatMessage.Direction.OUT ? "alice@example.org/pc" : "bob@example.org/phone",
                direction == ChatMessage.Direction.OUT ? "bob@example.org" : "alice@example.org/pc", body, when,
                direction == ChatMessage.Direction.OUT ? DeliveryState.SENT : DeliveryState.DELIVERED, false,
                Optional.empty(), false);
    }

    @Test
    void timestampsShowTheDateOnlyWhenNotToday() {
        Timestamps timestamps = new Timestamps(PARIS, Locale.FRANCE);
        LocalDate today = LocalDate.of(2026, 11, 21);
        assertEquals("12:00:00", timestamps.format(NOON, today), "local time (Paris is UTC+1 in November)");
        String yesterday = timestamps.format(NOON.minusSeconds(86_400), today);
        assertTrue(yesterday.contains("2026") && yesterday.contains("12:00"), yesterday);
    }

    @Test
    void anOutgoingMessageShowsSenderTimeAndState() {
        RenderedMessage r = formatter().format(message(ChatMessage.Direction.OUT, "hello :)", NOON), "Bob");
        assertEquals("Me   12:00:00   <SENT>\nhello :)\n", r.text());
        assertEquals(List.of(Span.Kind.SENDER_OUT, Span.Kind.META, Span.Kind.META, Span.Kind.EMOTICON),
                r.spans().stream().map(Span::kind).toList());
        assertFalse(r.truncated());
    }

    @Test
    void anIncomingCorrectedMessageShowsThePeerAndTheMark() {
        ChatMessage corrected = message(ChatMessage.Direction.IN, "the text", NOON).corrected("the text", "c1");
        RenderedMessage r = formatter().format(corrected, "Bob");
        assertTrue(r.text().startsWith("Bob   12:00:00   <corrected>\nthe text"), r.text());
        assertTrue(r.spans().stream().anyMatch(s -> s.kind() == Span.Kind.CORRECTED));
    }

    @Test
    void aMegabyteIsCutWithTheShowWholeAction() {
        String body = "x".repeat(1 << 20);
        RenderedMessage r = formatter().format(message(ChatMessage.Direction.IN, body, NOON), "Bob");
        assertTrue(r.truncated());
        assertTrue(r.text().length() < SafeText.MAX_CHARS + 200, "bounded: " + r.text().length());
        Span last = r.spans().get(r.spans().size() - 1);
        assertEquals(Span.Kind.SHOW_WHOLE, last.kind());
        assertTrue(r.text().substring(last.start(), last.end()).startsWith("<whole 1"), r.text().substring(last.start()));
    }

    @Test
    void spansStayInsideTheTextInOrder() {
        String body = "\u202Ehttps://example.org/\u0000 :( " + "\u0301".repeat(50) + " xmpp:a@b.c";
        RenderedMessage r = formatter().format(message(ChatMessage.Direction.IN, body, NOON), "B\u202Eob\n");
        int previousEnd = 0;
        for (Span span : r.spans()) {
            assertTrue(span.start() >= previousEnd && span.end() <= r.text().length(), r.spans().toString());
            previousEnd = span.end();
        }
        assertFalse(r.text().contains("\u202E"), "no override reaches the widget");
        assertTrue(r.text().startsWith("Bob   "), "the sender's name is on one line: " + r.text());
    }

    @Test
    void tabLabelsCountUnreadMessages() {
        assertEquals("Bob", PartLabels.label("Bob", 0));
        assertEquals("(3) Bob", PartLabels.label("Bob", 3));
    }
}
