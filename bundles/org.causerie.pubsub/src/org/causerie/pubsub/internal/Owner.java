package org.causerie.pubsub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.form.DataForm;
import org.causerie.pubsub.Affiliation;
import org.causerie.pubsub.NodeAffiliation;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.PubSubException;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.SubscriptionState;
import org.jxmpp.jid.Jid;

/** The owner's requests on a node (XEP-0060 §8). */
final class Owner {

    private final Calls calls;
    private final SmackPubSubService.Watch watch;

    Owner(Calls calls, SmackPubSubService.Watch watch) {
        this.calls = calls;
        this.watch = watch;
    }

    CompletableFuture<Void> create(NodeId node, NodeKind kind, Optional<DataForm> configuration) {
        Calls.nodeName(node.node());
        var jid = Calls.service(node.service());
        // Converted here so a bad form fails at once, before anything is sent.
        configuration.ifPresent(org.causerie.core.spi.SmackForms::toSmack);
        return calls.call(node.accountId(), s -> {
            NodeRequests.create(s.connection(), jid, node.node(), kind, configuration);
            if (kind == NodeKind.COLLECTION
                    && NodeRequests.info(s.connection(), node, jid).kind() != NodeKind.COLLECTION) {
                // A service without collections may ignore pubsub#node_type and make a leaf:
                // the user asked for something else, so it is taken back and refused.
                SmackPubSubService.manager(s, node.service()).deleteNode(node.node());
                throw new PubSubException(PubSubError.NOT_SUPPORTED,
                        "the service made a leaf node: it has no collection nodes");
            }
            return null;
        });
    }

    CompletableFuture<DataForm> configurationForm(NodeId node) {
        var jid = Calls.service(node.service());
        return watch.watch(node,
                calls.call(node.accountId(), s -> NodeRequests.configurationForm(s.connection(), jid, node.node())));
    }

    CompletableFuture<Void> configure(NodeId node, DataForm submitted) {
        var jid = Calls.service(node.service());
        org.causerie.core.spi.SmackForms.toSmack(submitted);
        return watch.watch(node, calls.call(node.accountId(), s -> {
            NodeRequests.configure(s.connection(), jid, node.node(), submitted);
            return null;
        }));
    }

    CompletableFuture<Void> purge(NodeId node) {
        return watch.watch(node, calls.call(node.accountId(), s -> {
            SmackPubSubService.manager(s, node.service()).getLeafNode(node.node()).deleteAllItems();
            return null;
        }));
    }

    CompletableFuture<Void> delete(NodeId node) {
        return calls.call(node.accountId(), s -> {
            SmackPubSubService.manager(s, node.service()).deleteNode(node.node());
            return null;
        });
    }

    CompletableFuture<List<NodeAffiliation>> affiliations(NodeId node) {
        var service = Calls.service(node.service());
        return watch.watch(node,
                calls.call(node.accountId(), s -> OwnerAffiliations.get(s.connection(), service, node.node())));
    }

    CompletableFuture<Void> setAffiliation(NodeId node, String jid, Affiliation affiliation) {
        Jid entity = Calls.jid(jid);
        var service = Calls.service(node.service());
        return watch.watch(node, calls.call(node.accountId(), s -> {
            OwnerAffiliations.set(s.connection(), service, node.node(), entity, affiliation);
            return null;
        }));
    }

    CompletableFuture<List<Subscription>> subscribers(NodeId node) {
        return watch.watch(node, calls.call(node.accountId(), s -> {
            List<Subscription> all = new ArrayList<>();
            for (var sub : SmackPubSubService.manager(s, node.service()).getNode(node.node())
                    .getSubscriptionsAsOwner()) {
                all.add(Conversions.subscription(node.accountId(), node.service(), node.node(), sub));
            }
            return all;
        }));
    }

    CompletableFuture<Void> setSubscription(NodeId node, String jid, SubscriptionState state) {
        Jid entity = Calls.jid(jid);
        var change = new org.jivesoftware.smackx.pubsub.Subscription(entity, Conversions.state(state));
        return watch.watch(node, calls.call(node.accountId(), s -> {
            SmackPubSubService.manager(s, node.service()).getNode(node.node()).modifySubscriptionsAsOwner(List.of(change));
            return null;
        }));
    }
}
