package org.causerie.whiteboard.internal;

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
 * XEP-0060 requests on one node, one item each, with at most {@link #WINDOW} in flight:
 * a snapshot's parts go out and come back without a round trip each. Blocking.
 */
final class NodeRequests {

    /** Requests in flight at once. */
    private static final int WINDOW = 8;
    private static final long TIMEOUT_MS = 30_000;

    private final XMPPConnection connection;
    private final BareJid service;
    private final String node;

    NodeRequests(XMPPConnection connection, BareJid service, String node) {
        this.connection = connection;
        this.service = service;
        this.node = node;
    }

    /** @return the node's item ids (disco#items, XEP-0060 §5.5), empty when the node does not exist */
    List<String> ids() throws Exception {
        List<String> ids = new ArrayList<>();
        try {
            DiscoverItems listed = ServiceDiscoveryManager.getInstanceFor(connection).discoverItems(service, node);
            listed.getItems().forEach(i -> ids.add(i.getName() != null ? i.getName() : ""));
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() != StanzaError.Condition.item_not_found) {
                throw e;
            }
        }
        return ids;
    }

    /** Publishes items (§7.1), in order; fails at the first refused. */
    void publish(List<String> ids, List<String> payloads) throws Exception {
        List<IQ> publish = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            publish.add(PubSub.createPubsubPacket(service, IQ.Type.set, new PublishItem<>(node,
                    new PayloadItem<>(ids.get(i), new SimplePayload(payloads.get(i))))));
        }
        pipeline(publish, false);
    }

    /** @return how many of the items (§7.2) were retracted: an account may retract only its own */
    int retract(List<String> ids) throws Exception {
        List<IQ> retract = ids.stream().<IQ>map(id -> PubSub.createPubsubPacket(service, IQ.Type.set,
                new ItemsExtension(ItemsExtension.ItemsElementType.retract, node, List.of(new Item(id))))).toList();
        int retracted = 0;
        for (Optional<IQ> done : pipeline(retract, true)) {
            retracted += done.isPresent() ? 1 : 0;
        }
        return retracted;
    }

    /** @return the payloads of the items named, in order; empty for one that is not there */
    List<Optional<String>> items(List<String> ids) throws Exception {
        List<IQ> requests = ids.stream().<IQ>map(id -> PubSub.createPubsubPacket(service, IQ.Type.get,
                new ItemsExtension(ItemsExtension.ItemsElementType.items, node, List.of(new Item(id))))).toList();
        List<Optional<String>> out = new ArrayList<>(ids.size());
        for (Optional<IQ> answer : pipeline(requests, false)) {
            out.add(answer.filter(PubSub.class::isInstance).map(iq -> ((PubSub) iq)
                    .<ItemsExtension>getExtension(PubSubElementType.ITEMS)).flatMap(NodeRequests::payload));
        }
        return out;
    }

    private static Optional<String> payload(ItemsExtension items) {
        return items == null ? Optional.empty() : items.getItems().stream()
                .filter(i -> i instanceof PayloadItem<?> p && p.getPayload() != null).findFirst()
                .map(i -> ((PayloadItem<?>) i).getPayload().toXML().toString());
    }

    /**
     * Sends requests with at most {@link #WINDOW} in flight.
     *
     * @param lenient whether an error answer counts as empty instead of failing the whole
     * @return the answers in order; empty for item-not-found (no node, or no such item)
     */
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
