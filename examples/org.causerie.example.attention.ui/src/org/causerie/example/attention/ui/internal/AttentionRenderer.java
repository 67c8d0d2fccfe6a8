package org.causerie.example.attention.ui.internal;

import java.util.Optional;
import java.util.Set;

import org.causerie.core.Payload;
import org.causerie.ui.MessageRendererContribution;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * Shows a received {@code <attention xmlns='urn:xmpp:attention:0'/>} (XEP-0224 §3)
 * as a line in the conversation's transcript: "⚡ bob wants your attention". The
 * element carries nothing, so its XML is not read.
 */
@Component(service = MessageRendererContribution.class)
public final class AttentionRenderer implements MessageRendererContribution {

    /** The renderer's id. */
    public static final String ID = "org.causerie.example.attention.renderer";
    /** XEP-0224's namespace (the headless bundle keeps its element in messages). */
    static final String NAMESPACE = "urn:xmpp:attention:0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.renderer_label;
    }

    @Override
    public Set<String> namespaces() {
        return Set.of(NAMESPACE);
    }

    @Override
    public Optional<Line> render(Payload payload, Context message) {
        if (!payload.is(NAMESPACE, "attention")) {
            return Optional.empty();
        }
        String text = message.outgoing() ? Messages.renderer_sent : NLS.bind(Messages.renderer_received,
                message.sender());
        return Optional.of(new Line(text, Style.ALERT));
    }
}
