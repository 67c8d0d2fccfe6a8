package org.causerie.ui.text;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.core.Payload;
import org.causerie.ui.MessageRendererContribution;
import org.causerie.ui.MessageRendererContribution.Context;
import org.causerie.ui.MessageRendererContribution.Line;

/**
 * Lays out the payloads of a message with the message renderers registered:
 * for each payload, the first renderer (in contribution order) handling its
 * namespace that gives a line. A renderer that throws is logged and skipped, so
 * the message shows as without it; the lines come back safe (one line, at most
 * {@value MessageRendererContribution#MAX_LINE_CHARS} characters). Safe on any
 * thread.
 */
public final class PayloadLines {

    private static final Logger LOG = System.getLogger(PayloadLines.class.getName());

    private PayloadLines() {
    }

    /**
     * @param payloads the message's payloads
     * @param message the message as the transcript names it
     * @param renderers the renderers registered now, in order
     * @return the lines to show, one per payload a renderer rendered, in payload order
     */
    public static List<Line> render(List<Payload> payloads, Context message,
            List<MessageRendererContribution> renderers) {
        if (payloads.isEmpty() || renderers.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>(payloads.size());
        for (Payload payload : payloads) {
            for (MessageRendererContribution renderer : renderers) {
                Optional<Line> line = renderOne(renderer, payload, message);
                if (line.isPresent()) {
                    lines.add(line.get());
                    break;
                }
            }
        }
        return lines;
    }

    private static Optional<Line> renderOne(MessageRendererContribution renderer, Payload payload,
            Context message) {
        try {
            if (!renderer.namespaces().contains(payload.namespace())) {
                return Optional.empty();
            }
            Optional<Line> line = renderer.render(payload, message);
            return line.map(l -> new Line(SafeText.oneLine(l.text(), MessageRendererContribution.MAX_LINE_CHARS),
                    l.style())).filter(l -> !l.text().isBlank());
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a renderer whose bundle is being uninstalled while it runs
            LOG.log(Level.WARNING, "message renderer " + safeId(renderer) + " failed on a <" + payload.element()
                    + "> payload; the message is shown without it", e);
            return Optional.empty();
        }
    }

    private static String safeId(MessageRendererContribution renderer) {
        try {
            return renderer.id();
        } catch (RuntimeException e) {
            return renderer.getClass().getName();
        }
    }

    /**
     * Appends the lines to a laid-out message, one per line, with their spans.
     *
     * @param text the message's text so far (ending with a line break, or empty)
     * @param spans its spans so far
     * @param lines the rendered lines
     */
    public static void append(StringBuilder text, List<Span> spans, List<Line> lines) {
        for (Line line : lines) {
            int start = text.length();
            text.append(line.text());
            switch (line.style()) {
                case NOTICE -> spans.add(new Span(start, line.text().length(), Span.Kind.NOTICE, ""));
                case ALERT -> spans.add(new Span(start, line.text().length(), Span.Kind.ERROR, ""));
                case PLAIN -> {
                    // body style: no span
                }
            }
            text.append('\n');
        }
    }
}
