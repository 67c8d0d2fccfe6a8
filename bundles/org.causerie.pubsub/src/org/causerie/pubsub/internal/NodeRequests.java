package org.causerie.pubsub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.core.form.FormField;
import org.causerie.core.spi.SmackForms;
import org.causerie.pubsub.NodeEntry;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeInfo;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.SubscriptionState;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.pubsub.FormNode;
import org.jivesoftware.smackx.pubsub.FormNodeType;
import org.jivesoftware.smackx.pubsub.NodeExtension;
import org.jivesoftware.smackx.pubsub.PubSubElementType;
import org.jivesoftware.smackx.pubsub.SubscribeExtension;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * Requests on nodes that Smack's {@code Node} does not make with a generic
 * data form: create and configure (§8.1.3, §8.2.4), subscribe with options
 * (§6.3.7), discovery of the node tree and metadata (§5.2–§5.4). Blocking; run
 * on the service's executor.
 */
final class NodeRequests {

    private NodeRequests() {
    }

    static List<NodeEntry> nodes(XMPPConnection connection, String accountId, Jid service, Optional<String> parent)
            throws Exception {
        DiscoverItems items = ServiceDiscoveryManager.getInstanceFor(connection).discoverItems(service,
                parent.orElse(null));
        List<NodeEntry> nodes = new ArrayList<>();
        for (DiscoverItems.Item item : items.getItems()) {
            if (item.getNode() == null || item.getNode().isEmpty()) {
                continue;
            }
            String owner = item.getEntityID() == null ? service.toString() : item.getEntityID().toString();
            nodes.add(new NodeEntry(new NodeId(accountId, owner, item.getNode()),
                    Optional.ofNullable(item.getName()).filter(n -> !n.isBlank())));
        }
        return nodes;
    }

    static NodeInfo info(XMPPConnection connection, NodeId node, Jid service) throws Exception {
        DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(connection).discoverInfo(service, node.node());
        NodeKind kind = info.getIdentities().stream()
                .anyMatch(i -> "pubsub".equals(i.getCategory()) && "collection".equals(i.getType()))
                        ? NodeKind.COLLECTION : NodeKind.LEAF;
        org.jivesoftware.smackx.xdata.packet.DataForm form = org.jivesoftware.smackx.xdata.packet.DataForm.from(info);
        DataForm metadata = form == null ? new DataForm("result", Optional.empty(), List.of(), List.of())
                : SmackForms.fromSmack(form);
        return new NodeInfo(node, kind, metadata);
    }

    static void create(XMPPConnection connection, Jid service, String node, NodeKind kind,
            Optional<DataForm> configuration) throws Exception {
        PubSub request = PubSub.createPubsubPacket(service, IQ.Type.set,
                new NodeExtension(PubSubElementType.CREATE, node));
        Optional<DataForm> form = configuration;
        if (kind == NodeKind.COLLECTION) {
            // XEP-0248 §5.2 / XEP-0060 §16.4.4: pubsub#node_type in the configuration.
            DataForm base = form.orElseGet(NodeRequests::emptyConfig);
            form = Optional.of(with(base, "pubsub#node_type", "collection"));
        }
        form.ifPresent(f -> request.addExtension(new FormNode(FormNodeType.CONFIGURE, SmackForms.toSmack(f))));
        connection.sendIqRequestAndWaitForResponse(request);
    }

    private static DataForm emptyConfig() {
        FormField type = new FormField(Optional.of("FORM_TYPE"), FieldType.HIDDEN, Optional.empty(), Optional.empty(),
                false, List.of("http://jabber.org/protocol/pubsub#node_config"), List.of());
        return new DataForm("submit", Optional.empty(), List.of(), List.of(type));
    }

    private static DataForm with(DataForm form, String var, String value) {
        if (form.field(var).isPresent()) {
            return form.with(var, List.of(value));
        }
        List<FormField> fields = new ArrayList<>(form.fields());
        fields.add(new FormField(Optional.of(var), FieldType.LIST_SINGLE, Optional.empty(), Optional.empty(), false,
                List.of(value), List.of()));
        return new DataForm(form.type(), form.title(), form.instructions(), fields);
    }

    static DataForm configurationForm(XMPPConnection connection, Jid service, String node) throws Exception {
        PubSub request = PubSub.createPubsubPacket(service, IQ.Type.get,
                new NodeExtension(PubSubElementType.CONFIGURE_OWNER, node));
        return form(connection.sendIqRequestAndWaitForResponse(request), PubSubElementType.CONFIGURE_OWNER);
    }

    static DataForm defaultConfiguration(XMPPConnection connection, Jid service) throws Exception {
        PubSub request = PubSub.createPubsubPacket(service, IQ.Type.get,
                new NodeExtension(PubSubElementType.DEFAULT));
        return form(connection.sendIqRequestAndWaitForResponse(request), PubSubElementType.DEFAULT);
    }

    private static DataForm form(IQ answer, PubSubElementType element) {
        if (answer instanceof PubSub pubsub && pubsub.getExtension(element) instanceof FormNode node
                && node.getForm() != null) {
            return SmackForms.fromSmack(node.getForm());
        }
        throw new IllegalStateException("the service sent no form");
    }

    static void configure(XMPPConnection connection, Jid service, String node, DataForm submitted) throws Exception {
        PubSub request = PubSub.createPubsubPacket(service, IQ.Type.set,
                new FormNode(FormNodeType.CONFIGURE_OWNER, node, SmackForms.toSmack(submitted)));
        connection.sendIqRequestAndWaitForResponse(request);
    }

    /** §6.1, §6.3.7: subscribe, with the options form in the same request. */
    static org.jivesoftware.smackx.pubsub.Subscription subscribe(XMPPConnection connection, Jid service, String node,
            BareJid jid, Optional<DataForm> options) throws Exception {
        PubSub request = PubSub.createPubsubPacket(service, IQ.Type.set, new SubscribeExtension(jid, node));
        options.ifPresent(o -> request.addExtension(new FormNode(FormNodeType.OPTIONS, SmackForms.toSmack(o))));
        PubSub answer = connection.sendIqRequestAndWaitForResponse(request);
        org.jivesoftware.smackx.pubsub.Subscription s = answer.getExtension(PubSubElementType.SUBSCRIPTION);
        return s != null ? s : new org.jivesoftware.smackx.pubsub.Subscription(jid, node, null,
                Conversions.state(SubscriptionState.SUBSCRIBED));
    }
}
