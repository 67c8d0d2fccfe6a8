package org.causerie.whiteboard.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.BoardModel;
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
import org.causerie.whiteboard.internal.sxe.StoredParts;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.pubsub.AccessModel;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.LeafNode;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.jivesoftware.smackx.pubsub.PublishModel;
import org.jivesoftware.smackx.pubsub.SimplePayload;
import org.jivesoftware.smackx.pubsub.form.FillableConfigureForm;
import org.jxmpp.jid.impl.JidCreate;

/** A board's snapshot node read and written by hand over raw Smack, as any client of the server could. */
final class StoredNode {

    private StoredNode() {
    }

    private static PubSubManager pubsub(EjabberdServer server, XmppSession session) {
        return PubSubManager.getInstanceFor(((SmackSession) session).connection(),
                JidCreate.bareFromOrThrowUnchecked("pubsub." + server.domain()));
    }

    /** The node of the old single-item format. */
    static String singleNode(String sxeSession) {
        return "urn:xmpp:sxe:0/" + sxeSession;
    }

    /** The node of snapshots in parts (docs/whiteboard.md, "Persistence"). */
    static String partsNode(String sxeSession) {
        return singleNode(sxeSession) + "/parts";
    }

    /** @return the items of a node by id, empty when it does not exist */
    static Map<String, String> items(EjabberdServer server, XmppSession session, String node) {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (Item item : pubsub(server, session).getLeafNode(node).getItems()) {
                out.put(item.getId(), ((PayloadItem<?>) item).getPayload().toXML().toString());
            }
            return out;
        } catch (XMPPException.XMPPErrorException e) {
            return Map.of();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** @return the snapshot in parts the head names, read whole; empty when there is none or it is refused */
    static Optional<StoredBoard.Decoded> read(EjabberdServer server, XmppSession session, String sxeSession) {
        Map<String, String> items = items(server, session, partsNode(sxeSession));
        return newest(items, sxeSession).flatMap(head -> {
                    List<String> parts = head.partIds().stream().map(items::get).toList();
                    return parts.contains(null) ? Optional.empty() : StoredParts.read(head, parts, sxeSession,
                            Long.MAX_VALUE, WhiteboardLimits.DEFAULTS).snapshot();
                });
    }

    /** @return the room archive's id the newest head names, empty when there is no head or it names none */
    static Optional<String> archiveId(EjabberdServer server, XmppSession session, String sxeSession) {
        return newest(items(server, session, partsNode(sxeSession)), sxeSession).map(StoredParts.Head::archiveId)
                .filter(id -> !id.isEmpty());
    }

    /** @return the parts the head names, 0 when there is none */
    static int parts(EjabberdServer server, XmppSession session, String sxeSession) {
        return newest(items(server, session, partsNode(sxeSession)), sxeSession).map(StoredParts.Head::parts)
                .orElse(0);
    }

    /** @return the newest of the heads ({@code head-…} items) */
    private static Optional<StoredParts.Head> newest(Map<String, String> items, String sxeSession) {
        return items.entrySet().stream().filter(e -> e.getKey().startsWith("head-"))
                .flatMap(e -> StoredParts.head(e.getValue(), sxeSession, 1_000, Long.MAX_VALUE).head().stream())
                .max(StoredParts.Head::compareTo);
    }

    /** @return the shapes of the stored snapshot, as {@link Boards#describe} gives them; empty when none */
    static List<String> shapes(EjabberdServer server, XmppSession session, String sxeSession) {
        return read(server, session, sxeSession).map(d -> {
            BoardModel model = new BoardModel(new SvgPolicy(WhiteboardLimits.DEFAULTS), "reader", () -> "x");
            model.replica().history("", d.records());
            return model.shapes().stream().map(Boards::describe).toList();
        }).orElse(List.of());
    }

    /** Creates the old single-item node (open to all, one item, as Causerie created it) and publishes raw XML on it. */
    static void publish(EjabberdServer server, XmppSession session, String sxeSession, String xml) {
        publish(server, session, singleNode(sxeSession), 1, Map.of("hostile", xml));
    }

    /** Creates a node open to all (if needed) keeping {@code maxItems}, and publishes raw XML items on it, in order. */
    static void publish(EjabberdServer server, XmppSession session, String node, int maxItems,
            Map<String, String> items) {
        try {
            PubSubManager pubsub = pubsub(server, session);
            LeafNode leaf;
            try {
                leaf = pubsub.getLeafNode(node);
            } catch (XMPPException.XMPPErrorException e) {
                FillableConfigureForm form = pubsub.getDefaultConfiguration().getFillableForm();
                form.setAccessModel(AccessModel.open);
                form.setPublishModel(PublishModel.open);
                form.setMaxItems(maxItems);
                form.setPersistentItems(true);
                leaf = (LeafNode) pubsub.createNode(node, form);
            }
            for (Map.Entry<String, String> item : items.entrySet()) {
                leaf.publish(new PayloadItem<>(item.getKey(), new SimplePayload(item.getValue())));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> describe(List<Shape> shapes) {
        return shapes.stream().map(Boards::describe).toList();
    }
}
