package org.causerie.pubsub.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.PubSubListener;
import org.causerie.testing.sessions.Waiting;

/** Records what the service tells its listeners about one account's nodes. */
final class Recorder implements PubSubListener, AutoCloseable {

    final String accountId;
    final List<PubSubItem> published = new CopyOnWriteArrayList<>();
    final List<String> retracted = new CopyOnWriteArrayList<>();
    final List<NodeId> purged = new CopyOnWriteArrayList<>();
    final List<NodeId> deleted = new CopyOnWriteArrayList<>();

    Recorder(String accountId) {
        this.accountId = accountId;
        Fixture.pubsub().addListener(this);
    }

    @Override
    public void itemPublished(PubSubItem item) {
        if (item.node().accountId().equals(accountId)) {
            published.add(item);
        }
    }

    @Override
    public void itemRetracted(NodeId node, String itemId) {
        if (node.accountId().equals(accountId)) {
            retracted.add(node.node() + "#" + itemId);
        }
    }

    @Override
    public void nodePurged(NodeId node) {
        if (node.accountId().equals(accountId)) {
            purged.add(node);
        }
    }

    @Override
    public void nodeDeleted(NodeId node) {
        if (node.accountId().equals(accountId)) {
            deleted.add(node);
        }
    }

    PubSubItem item(String what, Predicate<PubSubItem> condition) {
        return await(published, what, condition);
    }

    <T> T await(List<T> list, String what, Predicate<T> condition) {
        Waiting.eventually(() -> what + " (" + accountId + " saw " + list + ")",
                () -> list.stream().anyMatch(condition));
        return list.stream().filter(condition).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        Fixture.pubsub().removeListener(this);
    }
}
