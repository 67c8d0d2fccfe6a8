package org.causerie.core.spi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * is left out (logged), never cut: the message itself is kept. A contribution
 * that throws is ignored.
 */
public final class SmackPayloads {

    private static final Logger LOG = System.getLogger(SmackPayloads.class.getName());

    private final List<MessagePayloadContribution> contributions = new CopyOnWriteArrayList<>();
    /** Which contributions ask for each namespace, recomputed when one comes or goes. */
    private volatile Map<String, List<MessagePayloadContribution>> byNamespace = Map.of();

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

    private synchronized void recompute() {
        Map<String, List<MessagePayloadContribution>> map = new HashMap<>();
        for (MessagePayloadContribution c : contributions) {
            try {
                for (String namespace : c.payloadNamespaces()) {
                    map.computeIfAbsent(namespace, n -> new ArrayList<>()).add(c);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a message payload contribution failed; its namespaces are ignored", e);
            }
        }
        map.replaceAll((n, list) -> List.copyOf(list));
        byNamespace = Map.copyOf(map);
    }

    /** @return the namespaces kept now */
    public Set<String> namespaces() {
        return byNamespace.keySet();
    }

    /**
     * @param accountId the receiving account (for {@link MessagePayloadContribution#keep})
     * @param stanza a stanza as received
     * @return the kept payloads of the stanza, in stanza order (at most {@value Payload#MAX_PER_MESSAGE})
     */
    public List<Payload> capture(String accountId, Stanza stanza) {
        Map<String, List<MessagePayloadContribution>> wanted = byNamespace;
        if (wanted.isEmpty()) {
            return List.of();
        }
        String from = stanza.getFrom() == null ? "" : stanza.getFrom().toString();
        List<Payload> kept = new ArrayList<>();
        for (ExtensionElement element : stanza.getExtensions()) {
            if (kept.size() == Payload.MAX_PER_MESSAGE) {
                LOG.log(Level.INFO, "a message carried more than " + Payload.MAX_PER_MESSAGE
                        + " payloads; the rest are left out");
                break;
            }
            List<MessagePayloadContribution> claimants = element.getNamespace() == null ? null
                    : wanted.get(element.getNamespace());
            if (claimants != null) {
                toPayload(element).filter(p -> kept(claimants, accountId, from, p)).ifPresent(kept::add);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean kept(List<MessagePayloadContribution> claimants, String accountId, String from,
            Payload payload) {
        for (MessagePayloadContribution c : claimants) {
            try {
                if (c.keep(accountId, from, payload)) {
                    return true;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a message payload contribution failed deciding on a <"
                        + payload.element() + ">; ignored", e);
            }
        }
        return false;
    }

    private static Optional<Payload> toPayload(ExtensionElement element) {
        try {
            CharSequence xml = element.toXML();
            if (xml.length() > Payload.MAX_XML_CHARS) {
                LOG.log(Level.INFO, () -> "a <" + element.getElementName() + "> payload of " + xml.length()
                        + " characters is left out (at most " + Payload.MAX_XML_CHARS + ")");
                return Optional.empty();
            }
            return Optional.of(new Payload(element.getNamespace(), element.getElementName(), xml.toString()));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "a <" + element.getElementName() + "> payload is left out: " + e.getMessage());
            return Optional.empty();
        }
    }
}
