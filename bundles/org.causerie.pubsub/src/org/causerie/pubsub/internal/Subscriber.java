package org.causerie.pubsub.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.form.DataForm;
import org.causerie.pubsub.NodeId;

/** The account's subscription options (XEP-0060 §6.3), through {@link SubscriptionOptions}. */
final class Subscriber {

    private final Calls calls;
    private final SmackPubSubService.Watch watch;

    Subscriber(Calls calls, SmackPubSubService.Watch watch) {
        this.calls = calls;
        this.watch = watch;
    }

    CompletableFuture<Boolean> supported(String accountId, String service) {
        var jid = Calls.service(service);
        return calls.call(accountId, s -> SubscriptionOptions.supported(s.connection(), jid));
    }

    CompletableFuture<DataForm> form(NodeId node, Optional<String> subId) {
        Calls.nodeName(node.node());
        var jid = Calls.service(node.service());
        return watch.watch(node, calls.call(node.accountId(), s -> SubscriptionOptions.form(s.connection(), jid,
                node.node(), s.connection().getUser().asBareJid(), subId)));
    }

    CompletableFuture<Void> submit(NodeId node, Optional<String> subId, DataForm submitted) {
        Calls.nodeName(node.node());
        if (!"submit".equals(submitted.type())) {
            throw new IllegalArgumentException("the options form is not a submitted form: " + submitted.type());
        }
        var jid = Calls.service(node.service());
        return watch.watch(node, calls.call(node.accountId(), s -> {
            SubscriptionOptions.submit(s.connection(), jid, node.node(), s.connection().getUser().asBareJid(), subId,
                    submitted);
            return (Void) null;
        }));
    }
}
