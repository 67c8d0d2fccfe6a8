package org.causerie.pubsub.internal;

import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.spi.SmackForms;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.pubsub.FormNode;
import org.jivesoftware.smackx.pubsub.NodeExtension;
import org.jivesoftware.smackx.pubsub.PubSubElementType;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * Subscription options (XEP-0060 §6.3): whether the service offers them
 * (the {@code pubsub#subscription-options} feature, §6.3.1), the options form
 * of a subscription (§6.3.2) and submitting it (§6.3.5). Smack's
 * {@code Node.getSubscriptionOptions} cannot name a subscription id and Smack
 * has no request to submit the form. Blocking; run on the service's executor.
 */
final class SubscriptionOptions {

    /** §6.3.1: the feature a service advertises when it supports subscription options. */
    static final String FEATURE = "http://jabber.org/protocol/pubsub#subscription-options";

    /** Why options given with a subscription are refused before sending. */
    static final String NOT_ADVERTISED = "the service does not advertise pubsub#subscription-options";

    private SubscriptionOptions() {
    }

    static boolean supported(XMPPConnection connection, Jid service) throws Exception {
        return ServiceDiscoveryManager.getInstanceFor(connection).discoverInfo(service).containsFeature(FEATURE);
    }

    static DataForm form(XMPPConnection connection, Jid service, String node, BareJid jid, Optional<String> subId)
            throws Exception {
        PubSub request = PubSub.createPubsubPacket(service, IQ.Type.get, new Options(node, jid, subId, null));
        IQ answer = connection.sendIqRequestAndWaitForResponse(request);
        if (answer instanceof PubSub pubsub && pubsub.getExtension(PubSubElementType.OPTIONS) instanceof FormNode f
                && f.getForm() != null) {
            return SmackForms.fromSmack(f.getForm());
        }
        throw new IllegalStateException("the service sent no subscription options form");
    }

    static void submit(XMPPConnection connection, Jid service, String node, BareJid jid, Optional<String> subId,
            DataForm submitted) throws Exception {
        PubSub request = PubSub.createPubsubPacket(service, IQ.Type.set,
                new Options(node, jid, subId, SmackForms.toSmack(submitted)));
        connection.sendIqRequestAndWaitForResponse(request);
    }

    /** {@code <options node='' jid='' subid=''>}, with the submitted form in it (§6.3.5) or empty (§6.3.2). */
    static final class Options extends NodeExtension {

        private final BareJid jid;
        private final Optional<String> subId;
        private final org.jivesoftware.smackx.xdata.packet.DataForm form;

        Options(String node, BareJid jid, Optional<String> subId, org.jivesoftware.smackx.xdata.packet.DataForm form) {
            super(PubSubElementType.OPTIONS, node);
            this.jid = jid;
            this.subId = subId;
            this.form = form;
        }

        @Override
        protected void addXml(XmlStringBuilder xml) {
            xml.attribute("jid", jid);
            xml.optAttribute("subid", subId.orElse(null));
            if (form == null) {
                xml.closeEmptyElement();
            } else {
                xml.rightAngleBracket();
                xml.append(form);
                xml.closeElement(this);
            }
        }
    }
}
