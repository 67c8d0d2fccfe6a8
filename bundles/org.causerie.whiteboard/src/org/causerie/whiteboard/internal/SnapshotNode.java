package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.causerie.whiteboard.internal.sxe.StoredParts;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.jivesoftware.smack.SmackFuture;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.ItemsExtension;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.PubSubElementType;
import org.jivesoftware.smackx.pubsub.PublishItem;
import org.jivesoftware.smackx.pubsub.SimplePayload;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jxmpp.jid.BareJid;

/**
 * One board's snapshot on its node, in parts (docs/whiteboard.md, "Persistence"). Writing:
 * the parts under ids {@code <generation>-<k>} (XEP-0060 §7.1), then the head under the fixed
 * id {@value #HEAD_ID} naming them, last; then the previous generation's parts and old orphans
 * are retracted (§7.2). Reading: the head, then exactly the parts it names, each by id (§6.5.8:
 * ejabberd reads one item by id directly, several ids only after reading every item), a few
 * requests in flight at once. A part gone (a concurrent writer retracted it) re-reads the head
 * once. Blocking; runs on the store thread.
 */
final class SnapshotNode {

    private static final Logger LOG = System.getLogger(SnapshotNode.class.getName());
    static final String HEAD_ID = "current";
    /** Requests in flight at once. */
    private static final int WINDOW = 8;
    private static final long TIMEOUT_MS = 60_000;
    /** A generation no head names is retracted once it is this old (its writer died between parts and head). */
    static final long ORPHAN_MS = 10 * 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final XMPPConnection connection;
    private final BareJid service;
    private final String node;
    private final String session;
    private final Storage.Bounds bounds;

    SnapshotNode(XMPPConnection connection, BareJid service, String node, String session, Storage.Bounds bounds) {
        this.connection = connection;
        this.service = service;
        this.node = node;
        this.session = session;
        this.bounds = bounds;
    }

    /** @return the snapshot the head names, empty when there is no head */
    Optional<Snapshots.Stored> read() throws Exception {
        Optional<String> head = items(List.of(HEAD_ID)).getFirst();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        for (int attempt = 0;; attempt++) {
            StoredParts.HeadRead read = StoredParts.head(head.get(), session, bounds.parts(), bounds.totalBytes());
            if (read.head().isEmpty()) {
                return Optional.of(new Snapshots.Stored.Broken("the head: " + read.refusal()));
            }
            StoredParts.Head named = read.head().get();
            List<Optional<String>> parts = items(named.partIds());
            int missing = parts.indexOf(Optional.<String>empty());
            if (missing < 0) {
                return Optional.of(new Snapshots.Stored.Parts(named, parts.stream().map(Optional::get).toList()));
            }
            Optional<String> again = attempt == 0 ? items(List.of(HEAD_ID)).getFirst() : Optional.empty();
            if (again.isEmpty() || again.equals(head)) {
                return Optional.of(new Snapshots.Stored.Broken("item " + named.partId(missing) + " (part " + missing
                        + " of " + named.parts() + ") is missing"));
            }
            head = again;
        }
    }

    /** Publishes a snapshot: parts, then the head; then retracts what no head names any more. */
    Snapshots.Written write(List<SxeElement> chunks) throws Exception {
        String generation = Long.toString(System.currentTimeMillis(), 36) + "."
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).substring(0, 6);
        StoredParts.Written snapshot;
        try {
            snapshot = StoredParts.write(session, generation, chunks, bounds.itemBytes());
        } catch (IllegalArgumentException e) {
            throw new Snapshots.TooLarge(e.getMessage());
        }
        if (snapshot.head().bytes() > bounds.totalBytes() || snapshot.parts().size() > bounds.parts()) {
            throw new Snapshots.TooLarge("the snapshot has " + snapshot.head().bytes() + " bytes in "
                    + snapshot.parts().size() + " parts, over the limit of " + bounds.totalBytes() + " bytes or "
                    + bounds.parts() + " parts");
        }
        List<IQ> publish = new ArrayList<>();
        for (int i = 0; i < snapshot.parts().size(); i++) {
            publish.add(publish(snapshot.head().partId(i), snapshot.parts().get(i)));
        }
        pipeline(publish);
        Optional<String> before = items(List.of(HEAD_ID)).getFirst();
        pipeline(List.of(publish(HEAD_ID, snapshot.headXml())));
        List<String> retract = stale(generation, before);
        try {
            pipeline(retract.stream().map(this::retract).toList());
        } catch (XMPPException.XMPPErrorException e) {
            // The snapshot is stored; what is left is cleaned up by the next write.
            LOG.log(Level.WARNING, () -> node + ": retracting old parts failed: " + e.getStanzaError());
        }
        return new Snapshots.Written(snapshot.head().bytes(), snapshot.parts().size() + 1, retract.size());
    }

    /**
     * @return the items no head names: the generation the head named before ours, generations older than
     *         {@link #ORPHAN_MS} by their own time, and items that are no part at all
     */
    private List<String> stale(String ours, Optional<String> before) throws Exception {
        Optional<String> previous = before.flatMap(xml -> StoredParts.head(xml, session, Integer.MAX_VALUE,
                Long.MAX_VALUE).head()).map(StoredParts.Head::generation);
        DiscoverItems listed = ServiceDiscoveryManager.getInstanceFor(connection).discoverItems(service, node);
        long now = System.currentTimeMillis();
        List<String> stale = new ArrayList<>();
        for (DiscoverItems.Item item : listed.getItems()) {
            String id = item.getName() != null ? item.getName() : "";
            if (id.isEmpty() || HEAD_ID.equals(id)) {
                continue;
            }
            Optional<String> generation = StoredParts.Head.generationOf(id);
            if (generation.isEmpty() || generation.equals(previous)
                    || !generation.get().equals(ours) && now - millis(generation.get()) > ORPHAN_MS) {
                stale.add(id);
            }
        }
        return stale;
    }

    private static long millis(String generation) {
        try {
            return Long.parseLong(generation.substring(0, generation.indexOf('.')), 36);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the payloads of the items named, in order; empty for one that is not there */
    private List<Optional<String>> items(List<String> ids) throws Exception {
        List<IQ> requests = ids.stream().<IQ>map(id -> PubSub.createPubsubPacket(service, IQ.Type.get,
                new ItemsExtension(ItemsExtension.ItemsElementType.items, node, List.of(new Item(id))))).toList();
        List<Optional<String>> out = new ArrayList<>(ids.size());
        for (Optional<IQ> answer : pipeline(requests)) {
            out.add(answer.filter(PubSub.class::isInstance).map(iq -> ((PubSub) iq)
                    .<ItemsExtension>getExtension(PubSubElementType.ITEMS)).flatMap(SnapshotNode::payload));
        }
        return out;
    }

    private static Optional<String> payload(ItemsExtension items) {
        return items == null ? Optional.empty() : items.getItems().stream()
                .filter(i -> i instanceof PayloadItem<?> p && p.getPayload() != null).findFirst()
                .map(i -> ((PayloadItem<?>) i).getPayload().toXML().toString());
    }

    private IQ publish(String id, String xml) {
        return PubSub.createPubsubPacket(service, IQ.Type.set, new PublishItem<>(node,
                new PayloadItem<>(id, new SimplePayload(xml))));
    }

    private IQ retract(String id) {
        return PubSub.createPubsubPacket(service, IQ.Type.set,
                new ItemsExtension(ItemsExtension.ItemsElementType.retract, node, List.of(new Item(id))));
    }

    /**
     * Sends requests with at most {@link #WINDOW} in flight.
     *
     * @return the answers in order; empty for item-not-found (no node, or no such item)
     */
    private List<Optional<IQ>> pipeline(List<IQ> requests) throws Exception {
        List<Optional<IQ>> answers = new ArrayList<>(Collections.nCopies(requests.size(), Optional.empty()));
        Deque<SmackFuture<IQ, Exception>> inFlight = new ArrayDeque<>();
        int answered = 0;
        for (int sent = 0; sent < requests.size() || !inFlight.isEmpty();) {
            if (sent < requests.size() && inFlight.size() < WINDOW) {
                inFlight.add(connection.sendIqRequestAsync(requests.get(sent++), TIMEOUT_MS));
                continue;
            }
            answers.set(answered++, answer(inFlight.poll()));
        }
        return answers;
    }

    private static Optional<IQ> answer(SmackFuture<IQ, Exception> future) throws Exception {
        try {
            return Optional.of(future.getOrThrow());
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() == StanzaError.Condition.item_not_found) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
