package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.causerie.whiteboard.internal.sxe.StoredParts;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.jivesoftware.smack.XMPPConnection;
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
    /** A generation no head names is retracted once it is this old (its writer died between parts and head). */
    static final long ORPHAN_MS = 10 * 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final XMPPConnection connection;
    private final NodeRequests requests;
    private final BareJid service;
    private final String node;
    private final String session;
    private final Storage.Bounds bounds;
    /** What the last {@link #read} listed. */
    private Listing last;

    SnapshotNode(XMPPConnection connection, BareJid service, String node, String session, Storage.Bounds bounds) {
        this.connection = connection;
        this.requests = new NodeRequests(connection, service, node);
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
            Snapshots.Stored read = parts(head);
            if (read instanceof Snapshots.Stored.Parts || attempt > 0) {
                return Optional.of(read);
            }
        }
    }

    /**
     * @return the snapshot of one generation (a state named it), empty when no head names it; its
     *         writer may have replaced it since (then a part is missing: {@link Snapshots.Stored.Broken})
     */
    Optional<Snapshots.Stored> read(String generation) throws Exception {
        Listing listing = list();
        Optional<StoredParts.Head> named = listing.heads().stream().filter(h -> h.generation().equals(generation))
                .findFirst();
        return named.isEmpty() ? Optional.empty() : Optional.of(parts(named.get()));
    }

    /** @return the parts a head names, or which one is missing */
    private Snapshots.Stored parts(StoredParts.Head head) throws Exception {
        List<Optional<String>> parts = requests.items(head.partIds());
        int missing = parts.indexOf(Optional.<String>empty());
        if (missing < 0) {
            return new Snapshots.Stored.Parts(head, parts.stream().map(Optional::get).toList(), service.toString());
        }
        return new Snapshots.Stored.Broken("item " + head.partId(missing) + " (part " + missing + " of "
                + head.parts() + ") is missing");
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
        return requests.retract(ids);
    }

    /** Publishes a snapshot: parts, then this writer's head; then retracts what no head names any more. */
    Snapshots.Written write(Optional<String> archiveId, List<SxeElement> chunks) throws Exception {
        Listing before = list();
        long seq = before.newest().map(h -> Math.min(StoredParts.Head.MAX_SEQ, h.seq() + 1)).orElse(0L);
        StringBuilder generation = new StringBuilder(Long.toString(System.currentTimeMillis(), 36)).append('.');
        for (int i = 0; i < 6; i++) {
            generation.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        StoredParts.Written snapshot;
        try {
            snapshot = StoredParts.write(session, generation.toString(), seq, archiveId, chunks, bounds.itemBytes());
        } catch (IllegalArgumentException e) {
            throw new Snapshots.TooLarge(e.getMessage());
        }
        if (snapshot.head().bytes() > bounds.totalBytes() || snapshot.parts().size() > bounds.parts()) {
            throw new Snapshots.TooLarge("the snapshot has " + snapshot.head().bytes() + " bytes in "
                    + snapshot.parts().size() + " parts, over the limit of " + bounds.totalBytes() + " bytes or "
                    + bounds.parts() + " parts");
        }
        requests.publish(snapshot.head().partIds(), snapshot.parts());
        requests.publish(List.of(ownHead()), List.of(snapshot.headXml()));
        List<String> retract = stale(generation.toString(), before);
        int retracted = requests.retract(retract);
        int left = retract.size() - retracted;
        if (left > 0) {
            LOG.log(Level.DEBUG, () -> node + ": " + left + " old items are another account's (not retracted)");
        }
        long packed = snapshot.parts().stream().mapToLong(String::length).sum(); // ASCII
        return new Snapshots.Written(snapshot.head().bytes(), packed, snapshot.parts().size() + 1, retracted,
                service.toString(), generation.toString());
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
        List<String> ids = requests.ids();
        List<String> headIds = ids.stream().filter(id -> id.startsWith(HEAD_PREFIX)).limit(MAX_HEADS).toList();
        List<StoredParts.Head> heads = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        Optional<StoredParts.Head> own = Optional.empty();
        String mine = ownHead();
        List<Optional<String>> read = requests.items(headIds);
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
}
