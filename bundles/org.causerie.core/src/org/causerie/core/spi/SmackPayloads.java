package org.causerie.core.spi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.MessagePayloadContribution;
import org.causerie.core.Payload;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Stanza;

/**
 * Keeps the extension elements of a stanza that {@link MessagePayloadContribution}s
 * ask for, as bounded {@link Payload}s. An element too large or not writable
 * is left out (logged), never cut: the message itself is kept.
 */
public final class SmackPayloads {

    private static final Logger LOG = System.getLogger(SmackPayloads.class.getName());

    private final List<MessagePayloadContribution> contributions = new CopyOnWriteArrayList<>();
    /** The union of the contributions' namespaces, recomputed when one comes or goes. */
    private volatile Set<String> namespaces = Set.of();

    /** A contribution arrived (from a dynamic DS reference). */
    public void add(MessagePayloadContribution contribution) {
        contributions.add(contribution);
        recompute();
    }

    /** A contribution left. */
    public void remove(MessagePayloadContribution contribution) {
        contributions.remove(contribution);
        recompute();
    }

    private void recompute() {
        Set<String> all = new HashSet<>();
        for (MessagePayloadContribution c : contributions) {
            try {
                all.addAll(c.payloadNamespaces());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a message payload contribution failed; its namespaces are ignored", e);
            }
        }
        namespaces = Set.copyOf(all);
    }

    /** @return the namespaces kept now */
    public Set<String> namespaces() {
        return namespaces;
    }

    /** @return the kept payloads of the stanza, in stanza order (at most {@value Payload#MAX_PER_MESSAGE}) */
    public List<Payload> capture(Stanza stanza) {
        return capture(stanza.getExtensions(), namespaces);
    }

    /**
     * @param extensions a stanza's extension elements
     * @param wanted the namespaces to keep
     * @return the kept payloads, in order (at most {@value Payload#MAX_PER_MESSAGE})
     */
    public static List<Payload> capture(Collection<? extends ExtensionElement> extensions, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Payload> kept = new ArrayList<>();
        for (ExtensionElement element : extensions) {
            if (kept.size() == Payload.MAX_PER_MESSAGE) {
                LOG.log(Level.INFO, "a message carried more than " + Payload.MAX_PER_MESSAGE
                        + " payloads; the rest are left out");
                break;
            }
            if (element.getNamespace() != null && wanted.contains(element.getNamespace())) {
                toPayload(element).ifPresent(kept::add);
            }
        }
        return List.copyOf(kept);
    }

    private static Optional<Payload> toPayload(ExtensionElement element) {
        try {
            CharSequence xml = element.toXML();
            if (xml.length() > Payload.MAX_XML_CHARS) {
                LOG.log(Level.INFO, () -> "a <" + element.getElementName() + "> payload of " + xml.length()
                        + " characters is left out (at most " + Payload.MAX_XML_CHARS + ")");
                return Optional.empty();
            }
            return Optional.of(new Payload(element.getNamespace(), element.getElementName(),
                    xml.toString()));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "a <" + element.getElementName() + "> payload is left out: " + e.getMessage());
            return Optional.empty();
        }
    }
}
