package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.causerie.whiteboard.internal.sxe.StoredParts;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.jivesoftware.smack.SmackException;
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
 * One board's snapshot on its node, in parts (docs/whiteboard.md, "Persistence"). ejabberd
 * (node_flat) lets an account overwrite or retract only the items it published (unless it owns
 * the node), so every writer has its own head, {@code head-<hash of its bare JID>}. Writing: the
 * parts under ids {@code <generation>-<k>} (XEP-0060 §7.1), then the writer's head naming them,
 * last, with a {@code seq} one above the highest head it saw; then its own previous generation
 * and old orphans are retracted (§7.2). Reading: the node's item ids (disco#items, §5.5), every
 * head, the highest, then exactly the parts it names, each by id (§6.5.8: ejabberd reads one item
 * by id directly, several ids only after reading every item), a few requests in flight at once.
 * A part gone (its writer retracted it after a newer write) reads the heads once more. Blocking;
 * runs on the store thread.
 */
final class SnapshotNode {

    private static final Logger LOG = System.getLogger(SnapshotNode.class.getName());
    static final String HEAD_PREFIX = "head-";
    /** Heads read at most (one per account that ever wrote the board). */
    static final int MAX_HEADS = 64;
    /** Requests in flight at once. */
    private static final int WINDOW = 8;
    private static final long TIMEOUT_MS = 30_000;
    /** A generation no head names is retracted once it is this old (its writer died between parts and head). */
    static final long ORPHAN_MS = 10 * 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final XMPPConnection connection;
    private final BareJid service;
    private final String node;
    private final String session;
    private final Storage.Bounds bounds;
    /** What the last {@link #read} listed. */
    private Listing last;

    SnapshotNode(XMPPConnection connection, BareJid service, String node, String session, Storage.Bounds bounds) {
        this.connection = connection;
        this.service = service;
        this.node = node;
        this.session = session;
        this.bounds = bounds;
    }

    /** The node's items as listed and its heads as read. */
    private record Listing(List<String> ids, List<StoredParts.Head> heads, List<String> refusals,
            Optional<StoredParts.Head> own) {

        Optional<StoredParts.Head> newest() {
            return heads.stream().max(StoredParts.Head::compareTo);
        }
    }

    /** @return the snapshot the newest head names, empty when there is no head */
    Optional<Snapshots.Stored> read() throws Exception {
        for (int attempt = 0;; attempt++) {
            Listing listing = list();
            last = listing;
            Optional<StoredParts.Head> newest = listing.newest();
            if (newest.isEmpty()) {
                return listing.refusals().isEmpty() ? Optional.empty()
                        : Optional.of(new Snapshots.Stored.Broken("the head: " + listing.refusals().getFirst()));
            }
            StoredParts.Head head = newest.get();
            List<Optional<String>> parts = items(head.partIds());
            int missing = parts.indexOf(Optional.<String>empty());
            if (missing < 0) {
                return Optional.of(new Snapshots.Stored.Parts(head, parts.stream().map(Optional::get).toList()));
            }
            if (attempt > 0) {
                return Optional.of(new Snapshots.Stored.Broken("item " + head.partId(missing) + " (part " + missing
                        + " of " + head.parts() + ") is missing"));
            }
        }
    }

    /**
     * After {@link #read}: when this account's head is older than the newest (another account wrote
     * since), retracts it, then the parts it names: no reader takes them any more, and only this
     * account may retract them (so the server keeps one old snapshot per account at most until that
     * account opens the board again).
     *
     * @return the items retracted
     */
    int retractOwnIfOlder() throws Exception {
        Listing listing = last;
        if (listing == null || listing.own().isEmpty() || listing.newest().isEmpty()
                || listing.own().get().compareTo(listing.newest().get()) >= 0) {
            return 0;
        }
        List<String> ids = new ArrayList<>();
        ids.add(ownHead());
        ids.addAll(listing.own().get().partIds());
        int retracted = 0;
        for (Optional<IQ> done : pipeline(ids.stream().map(this::retract).toList(), true)) {
            retracted += done.isPresent() ? 1 : 0;
        }
        return retracted;
    }

    /** Publishes a snapshot: parts, then this writer's head; then retracts what no head names any more. */
    Snapshots.Written write(List<SxeElement> chunks) throws Exception {
        Listing before = list();
        long seq = before.newest().map(h -> Math.min(StoredParts.Head.MAX_SEQ, h.seq() + 1)).orElse(0L);
        String generation = Long.toString(System.currentTimeMillis(), 36) + "."
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).substring(0, 6);
        StoredParts.Written snapshot;
        try {
            snapshot = StoredParts.write(session, generation, seq, chunks, bounds.itemBytes());
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
        pipeline(List.of(publish(ownHead(), snapshot.headXml())));
        List<String> retract = stale(generation, before);
        int retracted = 0;
        for (Optional<IQ> done : pipeline(retract.stream().map(this::retract).toList(), true)) {
            retracted += done.isPresent() ? 1 : 0;
        }
        int left = retract.size() - retracted;
        if (left > 0) {
            LOG.log(Level.DEBUG, () -> node + ": " + left + " old items are another account's (not retracted)");
        }
        return new Snapshots.Written(snapshot.head().bytes(), snapshot.parts().size() + 1, retracted);
    }

    /** @return the id of this account's head: the same on every write, so it overwrites its last one */
    private String ownHead() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(connection.getUser().asBareJid().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HEAD_PREFIX + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the node's item ids and heads (at most {@link #MAX_HEADS}), empty when the node does not exist */
    private Listing list() throws Exception {
        List<String> ids = new ArrayList<>();
        try {
            DiscoverItems listed = ServiceDiscoveryManager.getInstanceFor(connection).discoverItems(service, node);
            listed.getItems().forEach(i -> ids.add(i.getName() != null ? i.getName() : ""));
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() != StanzaError.Condition.item_not_found) {
                throw e;
            }
        }
        List<String> headIds = ids.stream().filter(id -> id.startsWith(HEAD_PREFIX)).limit(MAX_HEADS).toList();
        List<StoredParts.Head> heads = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        Optional<StoredParts.Head> own = Optional.empty();
        String mine = ownHead();
        List<Optional<String>> read = items(headIds);
        for (int i = 0; i < headIds.size(); i++) {
            if (read.get(i).isEmpty()) {
                continue;
            }
            StoredParts.HeadRead head = StoredParts.head(read.get(i).get(), session, bounds.parts(),
                    bounds.totalBytes());
            head.head().ifPresent(heads::add);
            if (head.head().isEmpty()) {
                refusals.add(head.refusal());
            } else if (headIds.get(i).equals(mine)) {
                own = head.head();
            }
        }
        return new Listing(ids, heads, refusals, own);
    }

    /**
     * @return the items to retract after a write: this writer's previous generation, generations no head
     *         names older than {@link #ORPHAN_MS} by their own time, and items that are neither part nor head
     *         (only this account's, or any when it owns the node, can be retracted)
     */
    private List<String> stale(String ours, Listing before) {
        Optional<String> previous = before.own().map(StoredParts.Head::generation);
        List<String> named = before.heads().stream().map(StoredParts.Head::generation).toList();
        long now = System.currentTimeMillis();
        List<String> stale = new ArrayList<>();
        for (String id : before.ids()) {
            if (id.isEmpty() || id.startsWith(HEAD_PREFIX)) {
                continue;
            }
            Optional<String> generation = StoredParts.Head.generationOf(id);
            if (generation.isEmpty() || generation.equals(previous) || !generation.get().equals(ours)
                    && !named.contains(generation.get()) && now - millis(generation.get()) > ORPHAN_MS) {
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
        return pipeline(requests, false);
    }

    /** @param lenient whether an error answer counts as empty instead of failing the whole */
    private List<Optional<IQ>> pipeline(List<IQ> requests, boolean lenient) throws Exception {
        List<Optional<IQ>> answers = new ArrayList<>(Collections.nCopies(requests.size(), Optional.empty()));
        Deque<CompletableFuture<IQ>> inFlight = new ArrayDeque<>();
        int answered = 0;
        for (int sent = 0; sent < requests.size() || !inFlight.isEmpty();) {
            if (sent < requests.size() && inFlight.size() < WINDOW) {
                // SmackFuture.get(timeout) of Smack 4.4 does not wait: its callbacks complete a future that does.
                CompletableFuture<IQ> answer = new CompletableFuture<>();
                connection.sendIqRequestAsync(requests.get(sent++), timeout()).onSuccess(answer::complete)
                        .onError(answer::completeExceptionally);
                inFlight.add(answer);
                continue;
            }
            CompletableFuture<IQ> next = inFlight.poll();
            try {
                answers.set(answered++, answer(next));
            } catch (XMPPException.XMPPErrorException e) {
                if (!lenient) {
                    throw e;
                }
            }
        }
        return answers;
    }

    /** @return the answer; empty for item-not-found. Gives up when the connection is lost or after the timeout. */
    private Optional<IQ> answer(CompletableFuture<IQ> future) throws Exception {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout());
        while (true) {
            try {
                return Optional.of(future.get(250, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                if (!connection.isConnected()) {
                    future.cancel(true);
                    throw new SmackException.NotConnectedException();
                }
                if (System.nanoTime() > until) {
                    future.cancel(true);
                    throw e;
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof XMPPException.XMPPErrorException error
                        && error.getStanzaError().getCondition() == StanzaError.Condition.item_not_found) {
                    return Optional.empty();
                }
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    /** @return how long one request may take: a few of Smack's reply timeouts (requests of 240 KB queue up) */
    private long timeout() {
        return Math.max(TIMEOUT_MS, 6 * connection.getReplyTimeout());
    }
}
