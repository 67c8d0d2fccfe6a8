package org.causerie.pubsub;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.form.DataForm;

/**
 * Publish-subscribe (XEP-0060) for every connected account. Nothing blocks on
 * the network: requests return futures, which fail with a
 * {@link PubSubException} when the service refuses or the account is not
 * connected. Arguments that cannot be valid (a malformed payload, an empty node
 * name) throw {@link IllegalArgumentException} at once, before anything is sent.
 */
public interface PubSubService {

    /** @return the publish-subscribe services of the account's server (disco#items of its domain, §5.1) */
    CompletableFuture<List<String>> services(String accountId);

    /**
     * @param parent a collection node; empty for the service's root (§5.2)
     * @return the nodes listed there
     */
    CompletableFuture<List<NodeEntry>> nodes(String accountId, String service, Optional<String> parent);

    /** @return the node's kind and metadata (§5.3, §5.4) */
    CompletableFuture<NodeInfo> info(NodeId node);

    /**
     * Creates a node (§8.1.2, §8.1.3 with a configuration). A collection is asked
     * for with {@code pubsub#node_type=collection} (XEP-0248); services without
     * collections refuse it.
     *
     * @param configuration a submitted configuration form, or empty for the defaults
     */
    CompletableFuture<Void> create(NodeId node, NodeKind kind, Optional<DataForm> configuration);

    /** @return the service's default configuration form for new leaf nodes (§8.3) */
    CompletableFuture<DataForm> defaultConfiguration(String accountId, String service);

    /** @return the node's configuration form, as its owner (§8.2) */
    CompletableFuture<DataForm> configurationForm(NodeId node);

    /** Submits a filled configuration form as owner (§8.2.4). */
    CompletableFuture<Void> configure(NodeId node, DataForm submitted);

    /** Removes every item of the node (§8.5). */
    CompletableFuture<Void> purge(NodeId node);

    /** Deletes the node (§8.4). */
    CompletableFuture<Void> delete(NodeId node);

    /** @return the node's affiliations, as owner (§8.9.1) */
    CompletableFuture<List<NodeAffiliation>> affiliations(NodeId node);

    /** Sets an entity's affiliation, as owner (§8.9.2); {@link Affiliation#NONE} removes it. */
    CompletableFuture<Void> setAffiliation(NodeId node, String jid, Affiliation affiliation);

    /** @return the node's subscribers, as owner (§8.8.1) */
    CompletableFuture<List<Subscription>> subscribers(NodeId node);

    /**
     * Sets an entity's subscription as owner (§8.8.2): {@link SubscriptionState#NONE}
     * removes it, {@link SubscriptionState#SUBSCRIBED} subscribes or approves it.
     */
    CompletableFuture<Void> setSubscription(NodeId node, String jid, SubscriptionState state);

    /**
     * Subscribes the account's bare JID (§6.1), with subscription options when
     * given (§6.3.7). Options are only sent to a service that advertises them
     * ({@link #supportsSubscriptionOptions}); otherwise the future fails with
     * {@link PubSubError#NOT_SUPPORTED} and no subscription is made, because a
     * service may accept options it does not support and ignore them.
     *
     * @param options a submitted {@code pubsub#subscribe_options} form, or empty
     */
    CompletableFuture<Subscription> subscribe(NodeId node, Optional<DataForm> options);

    /**
     * @return whether the service offers subscription options: its disco#info lists
     *         {@code http://jabber.org/protocol/pubsub#subscription-options} (§6.3.1)
     */
    CompletableFuture<Boolean> supportsSubscriptionOptions(String accountId, String service);

    /**
     * @param subId the subscription id, needed when the account has several subscriptions to the node
     * @return the options form of the account's subscription (§6.3.2); a service without
     *         subscription options fails with {@link PubSubError#NOT_SUPPORTED}
     */
    CompletableFuture<DataForm> subscriptionOptions(NodeId node, Optional<String> subId);

    /**
     * Submits the account's subscription options (§6.3.5), e.g. {@code pubsub#deliver}
     * to pause and resume notifications.
     *
     * @param subId the subscription id, needed when the account has several subscriptions to the node
     * @param submitted the filled options form (type {@code submit})
     */
    CompletableFuture<Void> configureSubscription(NodeId node, Optional<String> subId, DataForm submitted);

    /** Unsubscribes the account's bare JID (§6.2). */
    CompletableFuture<Void> unsubscribe(NodeId node);

    /** @return the account's subscriptions on every service of its server (§5.6) */
    CompletableFuture<List<Subscription>> subscriptions(String accountId);

    /**
     * Publishes an Atom entry (§7.1).
     *
     * @param itemId the item's id; empty lets the service choose
     * @return the item's id
     */
    CompletableFuture<String> publish(NodeId node, Optional<String> itemId, AtomEntry entry);

    /**
     * Publishes a payload given as XML (§7.1), after {@link #checkPayload}.
     *
     * @throws IllegalArgumentException when the payload is not acceptable
     * @return the item's id
     */
    CompletableFuture<String> publishXml(NodeId node, Optional<String> itemId, String payloadXml);

    /**
     * Checks a payload before sending it: well-formed XML, one element with a
     * namespace (§7.1.3.6: a payload is one child element), no DTD.
     *
     * @return what is wrong with it, empty when it can be sent
     */
    Optional<String> checkPayload(String payloadXml);

    /** Retracts an item (§7.2), notifying subscribers. */
    CompletableFuture<Void> retract(NodeId node, String itemId);

    /**
     * @param max at most this many, the newest (§6.5.7)
     * @return the node's items
     */
    CompletableFuture<List<PubSubItem>> items(NodeId node, int max);

    /**
     * A page of the node's items (§6.5.4 with XEP-0059 Result Set Management), from
     * the newest back: the last page of the result set (§2.5 of XEP-0059), then the
     * pages before it.
     *
     * @param max at most this many
     * @param before the {@link ItemPage#before} of the previous page; empty for the newest page
     */
    CompletableFuture<ItemPage> items(NodeId node, int max, Optional<String> before);

    void addListener(PubSubListener listener);

    void removeListener(PubSubListener listener);
}
