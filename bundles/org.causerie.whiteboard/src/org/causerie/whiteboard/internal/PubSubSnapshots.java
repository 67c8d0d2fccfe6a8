package org.causerie.whiteboard.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.causerie.core.spi.SmackSession;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.pubsub.AccessModel;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.LeafNode;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.jivesoftware.smackx.pubsub.PublishModel;
import org.jivesoftware.smackx.pubsub.SimplePayload;
import org.jivesoftware.smackx.pubsub.form.FillableConfigureForm;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Snapshots on a XEP-0060 service: the one named by the setting
 * {@code causerie.whiteboard.pubsub} (a JID, or {@code none}), else the first the
 * server lists (disco#items, §5.1). One node per board, created by the first
 * writer: open access and open publishing (every room participant may read and
 * overwrite), persistent, one item. Blocking calls run on the store executor.
 */
final class PubSubSnapshots {

    /** The setting naming the service; {@code none} turns persistence off. */
    static final String SETTING = "causerie.whiteboard.pubsub";
    static final String NODE_PREFIX = "urn:xmpp:sxe:0/";

    private final SmackSession session;
    private final Supplier<String> setting;
    private final Executor io;

    PubSubSnapshots(SmackSession session, Supplier<String> setting, Executor io) {
        this.session = session;
        this.setting = setting;
        this.io = io;
    }

    /** @return the snapshots of a board session, on the service found now */
    Snapshots forSession(String sxeSession) {
        String node = NODE_PREFIX + sxeSession;
        return new Snapshots() {
            @Override
            public CompletableFuture<Optional<String>> load() {
                return CompletableFuture.supplyAsync(() -> call(() -> read(node)), io);
            }

            @Override
            public CompletableFuture<Void> store(String itemId, String xml) {
                return CompletableFuture.runAsync(() -> call(() -> write(node, itemId, xml)), io);
            }
        };
    }

    private PubSubManager service() throws Exception {
        String named = Optional.ofNullable(setting.get()).map(String::trim).orElse("");
        if ("none".equals(named)) {
            throw new Snapshots.Unavailable("turned off (" + SETTING + "=none)");
        }
        var connection = session.connection();
        BareJid jid;
        if (named.isEmpty() || "auto".equals(named)) {
            jid = PubSubManager.getPubSubService(connection);
            if (jid == null) {
                throw new Snapshots.Unavailable("the server offers no publish-subscribe service");
            }
        } else {
            jid = JidCreate.bareFrom(named);
            if (!ServiceDiscoveryManager.getInstanceFor(connection).supportsFeature(jid, PubSub.NAMESPACE)) {
                throw new Snapshots.Unavailable(named + " is not a publish-subscribe service");
            }
        }
        return PubSubManager.getInstanceFor(connection, jid);
    }

    private Optional<String> read(String node) throws Exception {
        PubSubManager pubsub = service();
        LeafNode leaf;
        try {
            leaf = pubsub.getLeafNode(node);
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() == StanzaError.Condition.item_not_found) {
                return Optional.empty();
            }
            throw e;
        }
        List<Item> items = leaf.getItems(1);
        if (items.isEmpty() || !(items.getLast() instanceof PayloadItem<?> item) || item.getPayload() == null) {
            return Optional.empty();
        }
        return Optional.of(item.getPayload().toXML().toString());
    }

    private Void write(String node, String itemId, String xml) throws Exception {
        PubSubManager pubsub = service();
        LeafNode leaf;
        try {
            leaf = pubsub.getLeafNode(node);
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() != StanzaError.Condition.item_not_found) {
                throw e;
            }
            FillableConfigureForm form = pubsub.getDefaultConfiguration().getFillableForm();
            form.setAccessModel(AccessModel.open);
            form.setPublishModel(PublishModel.open);
            form.setPersistentItems(true);
            form.setMaxItems(1);
            form.setDeliverPayloads(false);
            leaf = (LeafNode) pubsub.createNode(node, form);
        }
        leaf.publish(new PayloadItem<>(itemId, new SimplePayload(xml)));
        return null;
    }

    /** A blocking call. */
    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
