package org.causerie.pubsub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.causerie.core.form.DataForm;
import org.causerie.core.spi.SmackSession;
import org.causerie.pubsub.Affiliation;
import org.causerie.pubsub.AtomEntry;
import org.causerie.pubsub.ItemPage;
import org.causerie.pubsub.NodeAffiliation;
import org.causerie.pubsub.NodeEntry;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeInfo;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.PubSubException;
import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.PubSubListener;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.SubscriptionState;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link PubSubService}: follows every session (a dynamic reference),
 * listens to its event notifications, runs requests on threads of its own and
 * calls listeners on the {@link Notifier}'s thread. A request that finds a node
 * the account was subscribed to gone reports it as deleted (ejabberd only
 * notifies deletions on nodes configured with {@code pubsub#notify_delete}).
 */
@Component(service = PubSubService.class, immediate = true)
public final class SmackPubSubService implements PubSubService {

    private final Calls calls = new Calls("causerie-pubsub");
    private final Notifier<PubSubListener> notifier = new Notifier<>("causerie-pubsub-events");
    private final Providers providers = new Providers();
    private final Map<String, Events> events = new ConcurrentHashMap<>();
    private final Set<NodeId> subscribed = ConcurrentHashMap.newKeySet();
    private volatile boolean active;
    private Owner owner;
    private Items items;
    private Subscriber options;

    @Activate
    synchronized void activate() {
        active = true;
        owner = new Owner(calls, this::watch);
        items = new Items(calls, this::watch);
        options = new Subscriber(calls, this::watch);
        calls.sessions().forEach(this::start);
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        calls.sessions().forEach(this::stop);
        calls.stop();
        notifier.stop();
        providers.unregister();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addSession(SmackSession session) {
        calls.add(session);
        if (active) {
            start(session);
        }
    }

    synchronized void removeSession(SmackSession session) {
        if (calls.remove(session)) {
            stop(session);
        }
    }

    private void start(SmackSession session) {
        // With the first session, not at activation: Smack stays off the start-up path.
        providers.register();
        Events listener = new Events(session.account().id(), notifier::post, this::deleted);
        events.put(session.account().id(), listener);
        session.connection().addSyncStanzaListener(listener, Events.FILTER);
    }

    private void stop(SmackSession session) {
        Events listener = events.remove(session.account().id());
        if (listener != null) {
            session.connection().removeSyncStanzaListener(listener);
        }
    }

    private void deleted(NodeId node) {
        subscribed.remove(node);
        notifier.post(l -> l.nodeDeleted(node));
    }

    /** Reports a subscribed node found missing by a request on it. */
    private <T> CompletableFuture<T> watch(NodeId node, CompletableFuture<T> request) {
        return request.whenComplete((value, failure) -> {
            if (failure != null && PubSubErrors.of(failure).error() == PubSubError.NOT_FOUND
                    && subscribed.contains(node)) {
                deleted(node);
            }
        });
    }

    static PubSubManager manager(SmackSession session, String service) {
        return PubSubManager.getInstanceFor(session.connection(), Calls.service(service));
    }

    @Override
    public CompletableFuture<List<String>> services(String accountId) {
        return calls.call(accountId, s -> Discovery.services(s.connection()));
    }

    @Override
    public CompletableFuture<List<NodeEntry>> nodes(String accountId, String service, Optional<String> parent) {
        var jid = Calls.service(service);
        return calls.call(accountId, s -> NodeRequests.nodes(s.connection(), accountId, jid, parent));
    }

    @Override
    public CompletableFuture<NodeInfo> info(NodeId node) {
        var jid = Calls.service(node.service());
        return watch(node, calls.call(node.accountId(), s -> NodeRequests.info(s.connection(), node, jid)));
    }

    @Override
    public CompletableFuture<Void> create(NodeId node, NodeKind kind, Optional<DataForm> configuration) {
        return owner.create(node, kind, configuration);
    }

    @Override
    public CompletableFuture<DataForm> defaultConfiguration(String accountId, String service) {
        var jid = Calls.service(service);
        return calls.call(accountId, s -> NodeRequests.defaultConfiguration(s.connection(), jid));
    }

    @Override
    public CompletableFuture<DataForm> configurationForm(NodeId node) {
        return owner.configurationForm(node);
    }

    @Override
    public CompletableFuture<Void> configure(NodeId node, DataForm submitted) {
        return owner.configure(node, submitted);
    }

    @Override
    public CompletableFuture<Void> purge(NodeId node) {
        return owner.purge(node);
    }

    @Override
    public CompletableFuture<Void> delete(NodeId node) {
        return owner.delete(node).thenRun(() -> subscribed.remove(node));
    }

    @Override
    public CompletableFuture<List<NodeAffiliation>> affiliations(NodeId node) {
        return owner.affiliations(node);
    }

    @Override
    public CompletableFuture<Void> setAffiliation(NodeId node, String jid, Affiliation affiliation) {
        return owner.setAffiliation(node, jid, affiliation);
    }

    @Override
    public CompletableFuture<List<Subscription>> subscribers(NodeId node) {
        return owner.subscribers(node);
    }

    @Override
    public CompletableFuture<Void> setSubscription(NodeId node, String jid, SubscriptionState state) {
        return owner.setSubscription(node, jid, state);
    }

    @Override
    public CompletableFuture<Subscription> subscribe(NodeId node, Optional<DataForm> options) {
        Calls.nodeName(node.node());
        var jid = Calls.service(node.service());
        return watch(node, calls.call(node.accountId(), s -> {
            var bare = s.connection().getUser().asBareJid();
            if (options.isPresent() && !SubscriptionOptions.supported(s.connection(), jid)) {
                // ejabberd 23.01 accepts options it does not advertise and ignores them
                // (pubsub#deliver=false still delivers): refuse rather than mislead.
                throw new PubSubException(PubSubError.NOT_SUPPORTED, SubscriptionOptions.NOT_ADVERTISED);
            }
            var result = NodeRequests.subscribe(s.connection(), jid, node.node(), bare, options);
            return Conversions.subscription(node.accountId(), node.service(), node.node(), result);
        })).whenComplete((sub, failure) -> {
            if (failure == null) {
                subscribed.add(node);
            }
        });
    }

    @Override
    public CompletableFuture<Boolean> supportsSubscriptionOptions(String accountId, String service) {
        return options.supported(accountId, service);
    }

    @Override
    public CompletableFuture<DataForm> subscriptionOptions(NodeId node, Optional<String> subId) {
        return options.form(node, subId);
    }

    @Override
    public CompletableFuture<Void> configureSubscription(NodeId node, Optional<String> subId, DataForm submitted) {
        return options.submit(node, subId, submitted);
    }

    @Override
    public CompletableFuture<Void> unsubscribe(NodeId node) {
        return watch(node, calls.call(node.accountId(), s -> {
            manager(s, node.service()).getNode(node.node())
                    .unsubscribe(s.connection().getUser().asBareJid().toString());
            return (Void) null;
        })).whenComplete((v, failure) -> subscribed.remove(node));
    }

    @Override
    public CompletableFuture<List<Subscription>> subscriptions(String accountId) {
        return calls.call(accountId, s -> {
            List<Subscription> all = new ArrayList<>();
            for (String service : Discovery.services(s.connection())) {
                for (var sub : manager(s, service).getSubscriptions()) {
                    Subscription value = Conversions.subscription(accountId, service, "", sub);
                    all.add(value);
                    if (value.state() == SubscriptionState.SUBSCRIBED) {
                        subscribed.add(value.node());
                    }
                }
            }
            return all;
        });
    }

    @Override
    public CompletableFuture<String> publish(NodeId node, Optional<String> itemId, AtomEntry entry) {
        return items.publishAtom(node, itemId, entry);
    }

    @Override
    public CompletableFuture<String> publishXml(NodeId node, Optional<String> itemId, String payloadXml) {
        return items.publishXml(node, itemId, payloadXml);
    }

    @Override
    public Optional<String> checkPayload(String payloadXml) {
        return Payloads.check(payloadXml);
    }

    @Override
    public CompletableFuture<Void> retract(NodeId node, String itemId) {
        return items.retract(node, itemId);
    }

    @Override
    public CompletableFuture<List<PubSubItem>> items(NodeId node, int max) {
        return items.items(node, max);
    }

    @Override
    public CompletableFuture<ItemPage> items(NodeId node, int max, Optional<String> before) {
        return items.page(node, max, before);
    }

    @Override
    public void addListener(PubSubListener listener) {
        notifier.add(listener);
    }

    @Override
    public void removeListener(PubSubListener listener) {
        notifier.remove(listener);
    }

    /** Reports a node missing; see {@link SmackPubSubService#watch}. */
    interface Watch {
        <T> CompletableFuture<T> watch(NodeId node, CompletableFuture<T> request);
    }

}
