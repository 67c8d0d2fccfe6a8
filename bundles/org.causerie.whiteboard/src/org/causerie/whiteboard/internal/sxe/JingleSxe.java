package org.causerie.whiteboard.internal.sxe;

import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smackx.jingle.element.Jingle;
import org.jivesoftware.smackx.jingle.element.JingleAction;
import org.jivesoftware.smackx.jingle.element.JingleContent;
import org.jivesoftware.smackx.jingle.element.JingleContentDescription;
import org.jivesoftware.smackx.jingle.element.JingleContentTransport;
import org.jivesoftware.smackx.jingle.element.JingleReason;
import org.jivesoftware.smackx.jingle.element.UnknownJingleContentDescription;
import org.jivesoftware.smackx.jingle.element.UnknownJingleContentTransport;
import org.jxmpp.jid.FullJid;
import org.jxmpp.jid.Jid;

/**
 * The Jingle side of a one-to-one session (XEP-0284 §4): session-initiate and
 * session-accept with the SXE transport naming the host, session-terminate to
 * decline. Smack parses the unknown transport and description generically
 * ({@link UnknownJingleContentTransport}), so no global provider is added.
 */
public final class JingleSxe {

    /** §4.1 and §14.1: the SXE transport. */
    public static final String TRANSPORT = "urn:xmpp:jingle:transports:sxe";
    /**
     * The description Causerie sends for an SVG whiteboard. The XEP defines none
     * (its example uses {@code urn:xmpp:jingle:apps:xhtml} "only as an example");
     * this follows that pattern. Any description is accepted from others.
     */
    public static final String SVG_DESCRIPTION = "urn:xmpp:jingle:apps:svg";
    static final String CONTENT = "whiteboard";

    /** What a session-initiate or session-accept says. */
    public record Offer(String sid, String host, List<String> descriptions) {
        public Offer {
            descriptions = List.copyOf(descriptions);
        }
    }

    private JingleSxe() {
    }

    /** @return a session-initiate (§4.1) or session-accept (§4.2), hosted by {@code host} */
    public static Jingle request(Jingle.Builder builder, JingleAction action, Jid to, FullJid initiator,
            Optional<FullJid> responder, String sid, String host) {
        StandardExtensionElement transport = StandardExtensionElement.builder("transport", TRANSPORT)
                .addElement("host", host).build();
        StandardExtensionElement description = StandardExtensionElement.builder("description", SVG_DESCRIPTION)
                .build();
        JingleContent content = JingleContent.getBuilder().setCreator(JingleContent.Creator.initiator)
                .setName(CONTENT).setDescription(new UnknownJingleContentDescription(description))
                .setTransport(new UnknownJingleContentTransport(transport)).build();
        builder.setAction(action).setInitiator(initiator).setSessionId(sid).addJingleContent(content);
        responder.ifPresent(builder::setResponder);
        return builder.to(to).ofType(IQ.Type.set).build();
    }

    /** @return a session-terminate with a reason (§4.3: decline, or success to end a session) */
    public static Jingle terminate(Jingle.Builder builder, Jid to, FullJid initiator, String sid,
            JingleReason.Reason reason) {
        return builder.setAction(JingleAction.session_terminate).setInitiator(initiator).setSessionId(sid)
                .setReason(reason).to(to).ofType(IQ.Type.set).build();
    }

    /** @return the SXE offer in a session-initiate or session-accept; empty when it has no SXE transport */
    public static Optional<Offer> read(Jingle jingle) {
        for (JingleContent content : jingle.getContents()) {
            JingleContentTransport transport = content.getTransport();
            if (transport == null || !TRANSPORT.equals(transport.getNamespace())) {
                continue;
            }
            String host = "";
            if (transport instanceof UnknownJingleContentTransport unknown) {
                StandardExtensionElement hostElement = unknown.getStandardExtensionElement().getFirstElement("host");
                host = hostElement == null || hostElement.getText() == null ? "" : hostElement.getText().trim();
            }
            JingleContentDescription description = content.getDescription();
            List<String> descriptions = description == null ? List.of() : List.of(description.getNamespace());
            return Optional.of(new Offer(jingle.getSid(), host, descriptions));
        }
        return Optional.empty();
    }
}
