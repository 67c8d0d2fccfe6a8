package org.causerie.chat.ui.internal.text;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.DeliveryState;
import org.causerie.ui.MessageRendererContribution;
import org.causerie.ui.MessageRendererContribution.Context;
import org.causerie.ui.MessageRendererContribution.Line;
import org.causerie.ui.text.PayloadLines;
import org.causerie.ui.text.SafeText;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.TextScanner;
import org.causerie.ui.text.Timestamps;

/**
 * Lays a message out for the transcript: a header line with the sender, the
 * time, the delivery state of an outgoing message and the marks (corrected,
 * delayed), then the body, made safe, cut when long (with an action showing the
 * rest), its links and emoticons found, then a line for each payload a message
 * renderer renders ({@link PayloadLines}). A message without body is shown by its
 * rendered lines alone, or not at all (empty text) when no renderer renders it.
 * Bounded: safe to run on any thread, and its cost does not grow with the size
 * of the body.
 */
public final class MessageFormatter {

    /** The words the layout uses, in the user's language. */
    public interface Labels {
        /** @return how the user is named on their own messages */
        String me();

        /** @return a delivery state in words */
        String state(DeliveryState state);

        /** @return the mark of a corrected message */
        String corrected();

        /** @return the mark of a message delivered late (offline storage) */
        String delayed();

        /** @return the action showing the whole of a cut message of {@code length} characters (formatted) */
        String showWhole(String length);
    }

    private static final String GAP = "   ";

    private final Labels labels;
    private final Timestamps timestamps;
    private final Supplier<List<MessageRendererContribution>> renderers;

    /** A formatter that shows no payloads. */
    public MessageFormatter(Labels labels, Timestamps timestamps) {
        this(labels, timestamps, List::of);
    }

    /**
     * @param renderers the message renderers registered at the time of each call, in order
     */
    public MessageFormatter(Labels labels, Timestamps timestamps,
            Supplier<List<MessageRendererContribution>> renderers) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
        this.renderers = Objects.requireNonNull(renderers, "renderers");
    }

    /**
     * @param message the message
     * @param peerName how the peer is named (nickname or JID)
     * @return the message as the transcript shows it
     */
    public RenderedMessage format(ChatMessage message, String peerName) {
        StringBuilder text = new StringBuilder(256);
        List<Span> spans = new ArrayList<>();
        String sender = sender(message, peerName);
        List<Line> lines = PayloadLines.render(message.payloads(),
                new Context(sender, message.direction() == ChatMessage.Direction.OUT), renderers.get());
        if (message.body().isEmpty() && !message.payloads().isEmpty() && lines.isEmpty()) {
            return new RenderedMessage(message, "", spans, false); // nothing to show (yet): an empty block
        }
        text.append(sender);
        spans.add(new Span(0, sender.length(),
                message.direction() == ChatMessage.Direction.OUT ? Span.Kind.SENDER_OUT : Span.Kind.SENDER_IN, ""));
        appendMeta(text, spans, timestamps.format(message.timestamp(), timestamps.today()), Span.Kind.META);
        if (message.direction() == ChatMessage.Direction.OUT) {
            appendMeta(text, spans, labels.state(message.state()),
                    message.state() == DeliveryState.FAILED ? Span.Kind.ERROR : Span.Kind.META);
        }
        if (message.delayed()) {
            appendMeta(text, spans, labels.delayed(), Span.Kind.META);
        }
        if (message.edited()) {
            appendMeta(text, spans, labels.corrected(), Span.Kind.CORRECTED);
        }
        text.append('\n');
        if (message.body().isEmpty() && !lines.isEmpty()) {
            PayloadLines.append(text, spans, lines);
            return new RenderedMessage(message, text.toString(), spans, false);
        }
        SafeText.Clip body = SafeText.clip(message.body(), SafeText.MAX_CHARS, SafeText.MAX_LINES);
        int bodyStart = text.length();
        text.append(body.shown());
        for (Span span : TextScanner.scan(body.shown())) {
            spans.add(span.shifted(bodyStart));
        }
        if (body.truncated()) {
            text.append(body.shown().endsWith("\n") ? "" : "\n").append("\u2026 ");
            String action = labels.showWhole(NumberFormat.getIntegerInstance().format(message.body().length()));
            spans.add(new Span(text.length(), action.length(), Span.Kind.SHOW_WHOLE, ""));
            text.append(action);
        }
        text.append('\n');
        PayloadLines.append(text, spans, lines);
        return new RenderedMessage(message, text.toString(), spans, body.truncated());
    }

    private static void appendMeta(StringBuilder text, List<Span> spans, String meta, Span.Kind kind) {
        text.append(GAP);
        spans.add(new Span(text.length(), Math.max(1, meta.length()), kind, ""));
        text.append(meta.isEmpty() ? " " : meta);
    }

    private String sender(ChatMessage message, String peerName) {
        String resource = resource(message.from());
        if (message.direction() == ChatMessage.Direction.OUT) {
            return message.carbon() && !resource.isEmpty()
                    ? labels.me() + " (" + SafeText.oneLine(resource, 100) + ")" : labels.me();
        }
        boolean self = message.conversation().peer().equalsIgnoreCase(bare(message.to()));
        String name = SafeText.oneLine(peerName, 200);
        return self && !resource.isEmpty() ? name + " (" + SafeText.oneLine(resource, 100) + ")" : name;
    }

    private static String resource(String jid) {
        int slash = jid.indexOf('/');
        return slash < 0 ? "" : jid.substring(slash + 1);
    }

    private static String bare(String jid) {
        int slash = jid.indexOf('/');
        return slash < 0 ? jid : jid.substring(0, slash);
    }
}
