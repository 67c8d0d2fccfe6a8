package org.causerie.pubsub.tests;

import static org.causerie.pubsub.tests.Fixture.as;
import static org.causerie.pubsub.tests.Fixture.await;
import static org.causerie.pubsub.tests.Fixture.configured;
import static org.causerie.pubsub.tests.Fixture.failure;
import static org.causerie.pubsub.tests.Fixture.newNode;
import static org.causerie.pubsub.tests.Fixture.pubsub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.pubsub.AtomEntry;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.SubscriptionState;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Subscribing from another account and the notifications it gets: publish, retract, purge, delete. */
@ExtendWith(EjabberdExtension.class)
class NotificationsTest {

    @Test
    void publishRetractAndPurgeReachTheSubscriber(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "publisher", "reader");
        XmppSession publisher = Sessions.connect(server, users.get(0));
        XmppSession reader = Sessions.connect(server, users.get(1));
        try (Recorder seen = new Recorder(reader.account().id())) {
            NodeId node = newNode(publisher);
            await(pubsub().create(node, NodeKind.LEAF, Optional.of(Fixture.creation(node,
                    "pubsub#title", "Shared calendar"))));
            await(pubsub().configure(node, configured(node, "pubsub#itemreply", "publisher")));
            Subscription subscription = await(pubsub().subscribe(as(reader, node), Optional.empty()));
            assertEquals(SubscriptionState.SUBSCRIBED, subscription.state());
            assertTrue(await(pubsub().subscriptions(reader.account().id())).stream()
                    .anyMatch(s -> s.node().equals(as(reader, node)) && s.state() == SubscriptionState.SUBSCRIBED));
            // ejabberd's flat nodes have no subscription options (§6.3: feature-not-implemented, unsupported).
            failure(pubsub().subscriptionOptions(as(reader, node), subscription.subId()), PubSubError.NOT_SUPPORTED);

            String id = await(pubsub().publish(node, Optional.empty(),
                    new AtomEntry("Meeting moved", "Tuesday 10:00 <room B>", Optional.of("https://example.org/m"))));
            PubSubItem arrived = seen.item("the Atom entry", i -> i.id().equals(id));
            assertEquals(as(reader, node), arrived.node());
            assertTrue(arrived.payloadXml().contains("Meeting moved"), arrived.payloadXml());
            assertTrue(arrived.payloadXml().contains("Tuesday 10:00 &lt;room B&gt;"), arrived.payloadXml());
            assertTrue(arrived.time().isPresent());

            String raw = await(pubsub().publishXml(node, Optional.of("alert-1"),
                    "<alert xmlns='urn:example:alerts'><level>high</level></alert>"));
            assertEquals("alert-1", raw);
            PubSubItem alert = seen.item("the raw alert", i -> i.id().equals("alert-1"));
            assertTrue(alert.payloadXml().contains(">high</level></alert>"), alert.payloadXml());

            List<PubSubItem> items = await(pubsub().items(as(reader, node), 10));
            assertEquals(2, items.size(), items.toString());
            // pubsub#itemreply=publisher: ejabberd names the publisher of retrieved items.
            assertTrue(items.stream().allMatch(i -> i.publisher().orElse("").startsWith(users.get(0).jid())),
                    items.toString());

            await(pubsub().retract(node, id));
            seen.await(seen.retracted, "the retraction", r -> r.equals(node.node() + "#" + id));
            assertEquals(1, await(pubsub().items(node, 10)).size());

            await(pubsub().purge(node));
            seen.await(seen.purged, "the purge", n -> n.equals(as(reader, node)));
            assertEquals(List.of(), await(pubsub().items(node, 10)));

            // After unsubscribing nothing more arrives: a marker on another subscribed node of the
            // same service comes after (one sender, one stream: in order, RFC 6120 §10.1).
            NodeId other = newNode(publisher);
            await(pubsub().create(other, NodeKind.LEAF, Optional.empty()));
            await(pubsub().subscribe(as(reader, other), Optional.empty()));
            await(pubsub().unsubscribe(as(reader, node)));
            await(pubsub().publishXml(node, Optional.of("after"), "<alert xmlns='urn:example:alerts'/>"));
            await(pubsub().publishXml(other, Optional.of("marker"), "<alert xmlns='urn:example:alerts'/>"));
            seen.item("the marker", i -> i.id().equals("marker"));
            assertTrue(seen.published.stream().noneMatch(i -> i.id().equals("after")), seen.published.toString());
            await(pubsub().delete(other));
            await(pubsub().delete(node));
        } finally {
            Sessions.disconnect(publisher, reader);
        }
    }

    @Test
    void aNodeDeletedWhileSubscribedIsReported(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "host", "guest", "late");
        XmppSession host = Sessions.connect(server, users.get(0));
        XmppSession guest = Sessions.connect(server, users.get(1));
        XmppSession late = Sessions.connect(server, users.get(2));
        try (Recorder guestSeen = new Recorder(guest.account().id());
                Recorder lateSeen = new Recorder(late.account().id())) {
            // Told by the service: a node configured to notify deletions (§8.4.2).
            NodeId told = newNode(host);
            await(pubsub().create(told, NodeKind.LEAF, Optional.empty()));
            await(pubsub().configure(told, configured(told, "pubsub#notify_delete", "1")));
            await(pubsub().subscribe(as(guest, told), Optional.empty()));
            await(pubsub().delete(told));
            guestSeen.await(guestSeen.deleted, "the deletion notice", n -> n.equals(as(guest, told)));

            // Not told (ejabberd's default notify_delete is false): found missing on the next request.
            NodeId silent = newNode(host);
            await(pubsub().create(silent, NodeKind.LEAF, Optional.empty()));
            await(pubsub().configure(silent, configured(silent, "pubsub#notify_delete", "0")));
            await(pubsub().subscribe(as(late, silent), Optional.empty()));
            await(pubsub().delete(silent));
            failure(pubsub().items(as(late, silent), 5), PubSubError.NOT_FOUND);
            lateSeen.await(lateSeen.deleted, "the node found missing", n -> n.equals(as(late, silent)));
        } finally {
            Sessions.disconnect(host, guest, late);
        }
    }
}
