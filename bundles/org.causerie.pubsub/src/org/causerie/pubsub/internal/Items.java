package org.causerie.pubsub.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.causerie.pubsub.AtomEntry;
import org.causerie.pubsub.ItemPage;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.SimplePayload;

/** Publishing, retracting and reading items (XEP-0060 §6.5, §7.1, §7.2). */
final class Items {

    private final Calls calls;
    private final SmackPubSubService.Watch watch;

    Items(Calls calls, SmackPubSubService.Watch watch) {
        this.calls = calls;
        this.watch = watch;
    }

    CompletableFuture<String> publishAtom(NodeId node, Optional<String> itemId, AtomEntry entry) {
        return publishXml(node, itemId, Payloads.atom(entry, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    CompletableFuture<String> publishXml(NodeId node, Optional<String> itemId, String payloadXml) {
        Calls.nodeName(node.node());
        Calls.service(node.service());
        Payloads.check(payloadXml).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        // An id of our own: the publisher knows which item it published without parsing the answer (§7.1.2).
        String id = itemId.filter(i -> !i.isBlank()).map(String::trim).orElseGet(() -> UUID.randomUUID().toString());
        return watch.watch(node, calls.call(node.accountId(), s -> {
            SmackPubSubService.manager(s, node.service()).getLeafNode(node.node())
                    .publish(new PayloadItem<>(id, node.node(), new SimplePayload(payloadXml)));
            return id;
        }));
    }

    CompletableFuture<Void> retract(NodeId node, String itemId) {
        if (itemId == null || itemId.isBlank()) {
            throw new IllegalArgumentException("the item id is empty");
        }
        return watch.watch(node, calls.call(node.accountId(), s -> {
            SmackPubSubService.manager(s, node.service()).getLeafNode(node.node()).deleteItem(itemId);
            return null;
        }));
    }

    CompletableFuture<List<PubSubItem>> items(NodeId node, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("ask for at least one item, not " + max);
        }
        return watch.watch(node, calls.call(node.accountId(), s -> {
            List<Item> found = SmackPubSubService.manager(s, node.service()).getLeafNode(node.node()).getItems(max);
            List<PubSubItem> items = new ArrayList<>();
            for (Item item : found) {
                items.add(Conversions.item(node, item, Optional.empty(), Optional.empty()));
            }
            return items;
        }));
    }

    CompletableFuture<ItemPage> page(NodeId node, int max, Optional<String> before) {
        Calls.nodeName(node.node());
        if (max < 1) {
            throw new IllegalArgumentException("ask for at least one item, not " + max);
        }
        var jid = Calls.service(node.service());
        return watch.watch(node, calls.call(node.accountId(),
                s -> ItemPages.page(s.connection(), jid, node, max, before)));
    }
}
