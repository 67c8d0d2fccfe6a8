package org.causerie.pubsub.internal;

import java.util.ArrayList;
import java.util.List;

import org.causerie.pubsub.Affiliation;
import org.causerie.pubsub.NodeAffiliation;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jivesoftware.smackx.pubsub.packet.PubSubNamespace;
import org.jxmpp.jid.Jid;

/**
 * The owner's affiliation requests (XEP-0060 §8.9), written and read as plain
 * elements: Smack 4.4 has no provider for {@code affiliations} in the
 * {@code pubsub#owner} namespace and no {@code publish-only} affiliation.
 */
final class OwnerAffiliations {

    private static final String OWNER = PubSubNamespace.owner.getXmlns();

    private OwnerAffiliations() {
    }

    static List<NodeAffiliation> get(XMPPConnection connection, Jid service, String node) throws Exception {
        PubSub request = new PubSub(service, IQ.Type.get, PubSubNamespace.owner);
        request.addExtension(StandardExtensionElement.builder("affiliations", OWNER).addAttribute("node", node).build());
        IQ answer = connection.sendIqRequestAndWaitForResponse(request);
        List<NodeAffiliation> all = new ArrayList<>();
        ExtensionElement element = answer.getExtension("affiliations", OWNER);
        if (element instanceof StandardExtensionElement affiliations) {
            for (StandardExtensionElement item : affiliations.getElements("affiliation")) {
                String jid = item.getAttributeValue("jid");
                var affiliation = Affiliation.fromWire(String.valueOf(item.getAttributeValue("affiliation")));
                if (jid != null && affiliation.isPresent()) {
                    all.add(new NodeAffiliation(jid, affiliation.get()));
                }
            }
        }
        return all;
    }

    static void set(XMPPConnection connection, Jid service, String node, Jid jid, Affiliation affiliation)
            throws Exception {
        PubSub request = new PubSub(service, IQ.Type.set, PubSubNamespace.owner);
        request.addExtension(StandardExtensionElement.builder("affiliations", OWNER).addAttribute("node", node)
                .addElement(StandardExtensionElement.builder("affiliation", OWNER)
                        .addAttribute("jid", jid.asBareJid().toString())
                        .addAttribute("affiliation", affiliation.wireName()).build())
                .build());
        connection.sendIqRequestAndWaitForResponse(request);
    }
}
