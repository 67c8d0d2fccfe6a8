package org.causerie.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.Payload;

/**
 * Shows a payload of a chat or room message (an extension element the message
 * carried, kept because a {@link org.causerie.core.MessagePayloadContribution}
 * asked for its namespace) as one line of text in the transcript, under the
 * message's header: e.g. "⚡ bob wants your attention" for an XEP-0224
 * attention element. Contributed as an OSGi service; open transcripts lay their
 * messages out again when a renderer comes or goes.
 *
 * <p>The renderer returns text, not widgets: the transcript makes it safe (one
 * line, bounded length), styles it as asked and keeps it selectable and
 * copyable. A message with no body is shown only when a renderer renders one of
 * its payloads. A renderer that throws is logged and skipped: the message is
 * shown as if it were not there.
 */
public interface MessageRendererContribution extends Contribution {

    /** How a rendered line looks in the transcript. */
    enum Style {
        /** Like the body's text. */
        PLAIN,
        /** Set apart from the conversation's text (italic, in a colour of its own). */
        NOTICE,
        /** Something that asks for the user's attention (bold, in an alarming colour). */
        ALERT
    }

    /**
     * The message a payload belongs to, as the transcript names it.
     *
     * @param sender how the transcript names the sender (nickname, contact name or JID; "me" localized)
     * @param outgoing whether the user sent it (from this client or another of the same account)
     */
    record Context(String sender, boolean outgoing) {

        public Context {
            Objects.requireNonNull(sender, "sender");
        }
    }

    /**
     * A line to show.
     *
     * @param text the text, in the user's language; the transcript keeps its first line and at most
     *        {@value MessageRendererContribution#MAX_LINE_CHARS} characters
     * @param style its look
     */
    record Line(String text, Style style) {

        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /** The longest rendered line the transcript shows; a longer one is cut. */
    int MAX_LINE_CHARS = 500;

    /** @return the namespaces of the payloads this renderer handles, e.g. {@code urn:xmpp:attention:0} */
    Set<String> namespaces();

    /**
     * Renders one payload. Called on any thread (often not the display thread),
     * once per message each time the transcript lays it out: be quick, do not
     * block and touch no widget. The payload's XML comes from the network: parse
     * it defensively, if at all.
     *
     * @param payload a payload in one of {@link #namespaces()}
     * @param message the message it came with
     * @return the line to show, or empty to leave this payload to another renderer (or unshown)
     */
    Optional<Line> render(Payload payload, Context message);
}
