package org.causerie.whiteboard.tests;

import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.WhiteboardLimits;
import org.causerie.whiteboard.internal.doc.BoardModel;
import org.causerie.whiteboard.internal.doc.SvgPolicy;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
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

    /** @return the stored snapshot's XML */
    static Optional<String> read(EjabberdServer server, XmppSession session, String sxeSession) {
        try {
            LeafNode node = pubsub(server, session).getLeafNode("urn:xmpp:sxe:0/" + sxeSession);
            List<Item> items = node.getItems();
            return items.isEmpty() ? Optional.empty()
                    : Optional.of(((PayloadItem<?>) items.getLast()).getPayload().toXML().toString());
        } catch (XMPPException.XMPPErrorException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** @return the shapes of the stored snapshot, as {@link Boards#describe} gives them; empty when none */
    static List<String> shapes(EjabberdServer server, XmppSession session, String sxeSession) {
        return read(server, session, sxeSession).flatMap(xml -> StoredBoard.read(xml, sxeSession, 10_000_000,
                WhiteboardLimits.DEFAULTS).snapshot()).map(d -> {
                    BoardModel model = new BoardModel(new SvgPolicy(WhiteboardLimits.DEFAULTS), "reader", () -> "x");
                    model.replica().history("", d.records());
                    return model.shapes().stream().map(Boards::describe).toList();
                }).orElse(List.of());
    }

    /** Creates the node (open to all, like Causerie's) if needed and publishes raw XML on it. */
    static void publish(EjabberdServer server, XmppSession session, String sxeSession, String xml) {
        try {
            PubSubManager pubsub = pubsub(server, session);
            String id = "urn:xmpp:sxe:0/" + sxeSession;
            FillableConfigureForm form = pubsub.getDefaultConfiguration().getFillableForm();
            form.setAccessModel(AccessModel.open);
            form.setPublishModel(PublishModel.open);
            form.setMaxItems(1);
            form.setPersistentItems(true);
            LeafNode node = (LeafNode) pubsub.createNode(id, form);
            node.publish(new PayloadItem<>("hostile", new SimplePayload(xml)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> describe(List<Shape> shapes) {
        return shapes.stream().map(Boards::describe).toList();
    }
}
