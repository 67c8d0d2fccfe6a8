package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.causerie.core.spi.SmackSession;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.pubsub.AccessModel;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.LeafNode;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.jivesoftware.smackx.pubsub.PublishModel;
import org.jivesoftware.smackx.pubsub.form.FillableConfigureForm;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Snapshots on a XEP-0060 service: the one named by the setting
 * {@code causerie.whiteboard.pubsub} (a JID, or {@code none}), else the first the
 * server lists (disco#items, §5.1). One node per board ({@link #NODE_SUFFIX}), created
 * by the first writer: open access and open publishing (every room participant may
 * read and overwrite), persistent, room for two generations of parts and the head
 * ({@link SnapshotNode}). The node of the old single-item format (without the suffix,
 * {@code max_items=1}) is read when the new one holds no head, and never written.
 * Blocking calls run on the store executor.
 */
final class PubSubSnapshots {

    private static final Logger LOG = System.getLogger(PubSubSnapshots.class.getName());
    /** The setting naming the service; {@code none} turns persistence off. */
    static final String SETTING = "causerie.whiteboard.pubsub";
    static final String NODE_PREFIX = "urn:xmpp:sxe:0/";
    /** Snapshots in parts go to a node of their own: the old one keeps one item only and only its owner may change that. */
    static final String NODE_SUFFIX = "/parts";

    private final SmackSession session;
    private final Supplier<String> setting;
    private final Executor io;

    PubSubSnapshots(SmackSession session, Supplier<String> setting, Executor io) {
        this.session = session;
        this.setting = setting;
        this.io = io;
    }

    /** @return the snapshots of a board session, on the service found now */
    Snapshots forSession(String sxeSession, Storage.Bounds bounds) {
        String legacy = NODE_PREFIX + sxeSession;
        String node = legacy + NODE_SUFFIX;
        return new Snapshots() {
            private boolean created;

            @Override
            public CompletableFuture<Optional<Stored>> load() {
                return CompletableFuture.supplyAsync(() -> call(() -> {
                    PubSubManager pubsub = service();
                    SnapshotNode snapshots = new SnapshotNode(session.connection(), pubsub.getServiceJid(), node,
                            sxeSession, bounds);
                    Optional<Stored> parts = snapshots.read();
                    io.execute(() -> retractOwnIfOlder(snapshots, node)); // after the joiner has its answer
                    return parts.isPresent() ? parts : readSingle(pubsub, legacy);
                }), io);
            }

            @Override
            public Executor executor() {
                return io;
            }

            @Override
            public CompletableFuture<Optional<Stored>> load(String service, String generation) {
                return CompletableFuture.supplyAsync(() -> call(() -> {
                    named(); // the setting may turn persistence off
                    return new SnapshotNode(session.connection(), JidCreate.bareFrom(service), node, sxeSession,
                            bounds).read(generation);
                }), io);
            }

            @Override
            public CompletableFuture<Written> store(Optional<String> archiveId, List<SxeElement> chunks) {
                return CompletableFuture.supplyAsync(() -> call(() -> {
                    PubSubManager pubsub = service();
                    if (!created) {
                        create(pubsub, node, bounds);
                        created = true;
                    }
                    return new SnapshotNode(session.connection(), pubsub.getServiceJid(), node, sxeSession, bounds)
                            .write(archiveId, chunks);
                }), io);
            }
        };
    }

    /** @return the service the setting names, empty for the server's first ("auto") */
    private String named() throws Snapshots.Unavailable {
        String named = Optional.ofNullable(setting.get()).map(String::trim).orElse("");
        if ("none".equals(named)) {
            throw new Snapshots.Unavailable("turned off (" + SETTING + "=none)");
        }
        return named;
    }

    private PubSubManager service() throws Exception {
        String named = named();
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

    private static void retractOwnIfOlder(SnapshotNode snapshots, String node) {
        try {
            int retracted = snapshots.retractOwnIfOlder();
            if (retracted > 0) {
                LOG.log(Level.DEBUG, () -> node + ": retracted " + retracted + " items of our older snapshot");
            }
        } catch (Exception e) {
            LOG.log(Level.DEBUG, () -> node + ": retracting our older snapshot failed: " + e);
        }
    }

    /** @return the snapshot of the old single-item format, if any */
    private static Optional<Snapshots.Stored> readSingle(PubSubManager pubsub, String node) throws Exception {
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
        return Optional.of(new Snapshots.Stored.Single(item.getPayload().toXML().toString()));
    }

    /** Creates the node unless it exists (another writer may create it at the same time). */
    private static void create(PubSubManager pubsub, String node, Storage.Bounds bounds) throws Exception {
        try {
            pubsub.getLeafNode(node);
            return;
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() != StanzaError.Condition.item_not_found) {
                throw e;
            }
        }
        FillableConfigureForm form = pubsub.getDefaultConfiguration().getFillableForm();
        form.setAccessModel(AccessModel.open);
        form.setPublishModel(PublishModel.open);
        form.setPersistentItems(true);
        form.setMaxItems(bounds.nodeItems());
        form.setDeliverPayloads(false);
        try {
            pubsub.createNode(node, form);
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() != StanzaError.Condition.conflict) {
                throw e;
            }
        }
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
