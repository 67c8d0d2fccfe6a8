package org.causerie.chat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.text.MessageFormatter;
import org.causerie.chat.ui.internal.text.RenderedMessage;
import org.causerie.core.Payload;
import org.causerie.ui.MessageRendererContribution;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.Timestamps;
import org.junit.jupiter.api.Test;

/**
 * Payloads in the transcript's layout: a renderer's line under the body (bounded,
 * one line, styled), a bodiless message shown by its line alone or not at all,
 * and a renderer that throws skipped so the message shows as without it.
 */
class PayloadRenderingTest {

    private static final String NS = "urn:xmpp:attention:0";
    private static final Payload ATTENTION = new Payload(NS, "attention", "<attention xmlns='" + NS + "'/>");
    private static final ConversationId BOB = new ConversationId("acc", "bob@example.org");

    private final List<MessageRendererContribution> renderers = new CopyOnWriteArrayList<>();
    private final MessageFormatter formatter = new MessageFormatter(Messages.labels(),
            new Timestamps(ZoneId.of("UTC"), Locale.ENGLISH), () -> renderers);

    private static ChatMessage message(String body, List<Payload> payloads) {
        return new ChatMessage("b1", BOB, ChatMessage.Direction.IN, "bob@example.org/phone", "me@example.org", body,
                Instant.parse("2026-11-21T11:00:00Z"), DeliveryState.DELIVERED, false, Optional.empty(), false,
                payloads);
    }

    private static MessageRendererContribution renderer(String id, java.util.function.Function<
            MessageRendererContribution.Context, String> text) {
        return new MessageRendererContribution() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label() {
                return id;
            }

            @Override
            public Set<String> namespaces() {
                return Set.of(NS);
            }

            @Override
            public Optional<Line> render(Payload payload, Context message) {
                return Optional.of(new Line(text.apply(message), Style.ALERT));
            }
        };
    }

    @Test
    void aBodilessMessageIsShownOnlyWhenRendered() {
        ChatMessage buzz = message("", List.of(ATTENTION));
        assertEquals("", formatter.format(buzz, "Bob").text(), "no renderer: an empty block");
        renderers.add(renderer("buzz", m -> "\u26a1 " + m.sender() + " wants your attention"));
        RenderedMessage shown = formatter.format(buzz, "Bob");
        List<String> lines = shown.text().lines().toList();
        assertEquals(2, lines.size(), shown.text());
        assertTrue(lines.get(0).startsWith("Bob"));
        assertEquals("\u26a1 Bob wants your attention", lines.get(1));
        Span style = shown.spans().get(shown.spans().size() - 1);
        assertEquals(Span.Kind.ERROR, style.kind(), "an ALERT line");
        assertEquals(lines.get(1), shown.text().substring(style.start(), style.end()));
    }

    @Test
    void theLineComesUnderTheBodyOneLineAndBounded() {
        renderers.add(renderer("long", m -> "first\nsecond " + "x".repeat(5000)));
        RenderedMessage shown = formatter.format(message("hello", List.of(ATTENTION)), "Bob");
        List<String> lines = shown.text().lines().toList();
        assertEquals("hello", lines.get(1));
        assertEquals(3, lines.size(), "the rendered text is one line");
        assertTrue(lines.get(2).startsWith("first second"));
        assertTrue(lines.get(2).length() <= MessageRendererContribution.MAX_LINE_CHARS + 1, "bounded");
    }

    @Test
    void aRendererThatThrowsIsSkipped() {
        renderers.add(renderer("broken", m -> {
            throw new IllegalStateException("broken renderer");
        }));
        assertEquals("", formatter.format(message("", List.of(ATTENTION)), "Bob").text());
        RenderedMessage withBody = formatter.format(message("hello", List.of(ATTENTION)), "Bob");
        assertEquals(2, withBody.text().lines().count(), "shown as without the payload");
        renderers.add(renderer("next", m -> "rendered by the next one"));
        assertTrue(formatter.format(message("", List.of(ATTENTION)), "Bob").text()
                .contains("rendered by the next one"), "the next renderer of the namespace takes it");
        assertFalse(formatter.format(message("plain", List.of()), "Bob").text().contains("rendered"));
    }
}
