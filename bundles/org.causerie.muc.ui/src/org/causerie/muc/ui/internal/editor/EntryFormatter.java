package org.causerie.muc.ui.internal.editor;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.ui.MessageRendererContribution;
import org.causerie.ui.text.PayloadLines;
import org.causerie.ui.text.SafeText;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.TextScanner;
import org.causerie.ui.text.Timestamps;
import org.eclipse.osgi.util.NLS;

/**
 * Lays a room's messages and events out for the transcript: a message is a header
 * line (nickname, time, "history" or "archive" for messages from before we joined)
 * and its body made safe, bounded, with links and emoticons; an event (someone
 * joined, was kicked, the subject changed, ...) is one grey line in words. A message's
 * payloads add a line each where a message renderer renders them ({@link PayloadLines}).
 * Bounded: safe on any thread.
 */
public final class EntryFormatter {

    private static final String GAP = "   ";

    private final Timestamps timestamps;
    private final Supplier<List<MessageRendererContribution>> renderers;

    /** A formatter that shows no payloads. */
    public EntryFormatter(Timestamps timestamps) {
        this(timestamps, List::of);
    }

    /** @param renderers the message renderers registered at the time of each call, in order */
    public EntryFormatter(Timestamps timestamps, Supplier<List<MessageRendererContribution>> renderers) {
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
        this.renderers = Objects.requireNonNull(renderers, "renderers");
    }

    /** @return the key of an entry: a message's archive id (else its id and sender), an event's content */
    public static String key(RoomEntry entry) {
        return switch (entry) {
            case RoomMessage m -> m.archiveId().map(id -> "a " + id).orElse("m " + m.id() + " " + m.nick());
            case RoomEvent e -> "e " + e.kind() + " " + e.nick() + " " + e.timestamp() + " " + e.detail().orElse("");
        };
    }

    public RenderedEntry format(RoomEntry entry) {
        return switch (entry) {
            case RoomMessage m -> message(m);
            case RoomEvent e -> event(e);
        };
    }

    private RenderedEntry message(RoomMessage message) {
        StringBuilder text = new StringBuilder(256);
        List<Span> spans = new ArrayList<>();
        String nick = SafeText.oneLine(message.nick(), 100);
        if (nick.isEmpty()) {
            nick = Messages.entry_room;
        }
        text.append(nick);
        spans.add(new Span(0, nick.length(), message.own() ? Span.Kind.SENDER_OUT : Span.Kind.SENDER_IN, ""));
        meta(text, spans, timestamps.format(message.timestamp(), timestamps.today()));
        switch (message.source()) {
            case HISTORY -> meta(text, spans, Messages.entry_history);
            case ARCHIVE -> meta(text, spans, Messages.entry_archive);
            case LIVE -> { }
        }
        text.append('\n');
        SafeText.Clip body = SafeText.clip(message.body(), SafeText.MAX_CHARS, SafeText.MAX_LINES);
        int start = text.length();
        text.append(body.shown());
        for (Span span : TextScanner.scan(body.shown())) {
            spans.add(span.shifted(start));
        }
        if (body.truncated()) {
            // as in the chat transcript: the action opens the whole message (WholeMessageWindow)
            text.append(body.shown().endsWith("\n") ? "" : "\n").append("\u2026 ");
            String action = NLS.bind(Messages.entry_showWhole,
                    NumberFormat.getIntegerInstance().format(message.body().length()));
            spans.add(new Span(text.length(), action.length(), Span.Kind.SHOW_WHOLE, ""));
            text.append(action);
        }
        text.append(message.body().isEmpty() ? "" : "\n");
        PayloadLines.append(text, spans, PayloadLines.render(message.payloads(),
                new MessageRendererContribution.Context(nick, message.own()), renderers.get()));
        return new RenderedEntry(key(message), message, text.toString(), spans,
                message.source() == RoomMessage.Source.ARCHIVE);
    }

    private RenderedEntry event(RoomEvent event) {
        String time = timestamps.format(event.timestamp(), timestamps.today());
        String line = time + GAP + "\u2014 " + describe(event);
        String safe = SafeText.oneLine(line, 600);
        List<Span> spans = List.of(new Span(0, Math.max(1, safe.length()),
                event.kind() == RoomEvent.Kind.KICKED || event.kind() == RoomEvent.Kind.BANNED
                        || event.kind() == RoomEvent.Kind.DESTROYED ? Span.Kind.ERROR : Span.Kind.META, ""));
        return new RenderedEntry(key(event), event, (safe.isEmpty() ? " " : safe) + "\n", spans, false);
    }

    /** @return the event in words: what happened, by whom, why */
    public static String describe(RoomEvent event) {
        String nick = event.nick();
        String detail = event.detail().orElse("");
        String what = switch (event.kind()) {
            case JOINED -> NLS.bind(Messages.event_JOINED, nick);
            case LEFT -> NLS.bind(Messages.event_LEFT, nick);
            case NICK_CHANGED -> NLS.bind(Messages.event_NICK_CHANGED, nick, detail);
            case KICKED -> NLS.bind(Messages.event_KICKED, nick);
            case BANNED -> NLS.bind(Messages.event_BANNED, nick);
            case REMOVED -> NLS.bind(Messages.event_REMOVED, nick);
            case ROLE_CHANGED -> NLS.bind(Messages.event_ROLE_CHANGED, nick, Messages.role(detail));
            case AFFILIATION_CHANGED -> NLS.bind(Messages.event_AFFILIATION_CHANGED, nick,
                    Messages.affiliation(detail));
            case SUBJECT_CHANGED -> nick.isEmpty() ? NLS.bind(Messages.event_SUBJECT, detail)
                    : NLS.bind(Messages.event_SUBJECT_CHANGED, nick, detail);
            case DESTROYED -> detail.isEmpty() ? Messages.event_DESTROYED
                    : NLS.bind(Messages.event_DESTROYED_VENUE, detail);
            case INVITATION_DECLINED -> NLS.bind(Messages.event_INVITATION_DECLINED, nick);
        };
        StringBuilder out = new StringBuilder(what);
        event.actor().filter(a -> !a.isBlank()).ifPresent(a -> out.append(' ').append(NLS.bind(Messages.event_by, a)));
        event.reason().filter(r -> !r.isBlank())
                .ifPresent(r -> out.append(' ').append(NLS.bind(Messages.event_reason, r)));
        return out.toString();
    }

    private static void meta(StringBuilder text, List<Span> spans, String meta) {
        text.append(GAP);
        spans.add(new Span(text.length(), Math.max(1, meta.length()), Span.Kind.META, ""));
        text.append(meta.isEmpty() ? " " : meta);
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
