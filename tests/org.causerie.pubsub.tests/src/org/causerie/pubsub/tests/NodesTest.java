package org.causerie.pubsub.tests;

import static org.causerie.pubsub.tests.Fixture.as;
import static org.causerie.pubsub.tests.Fixture.await;
import static org.causerie.pubsub.tests.Fixture.configured;
import static org.causerie.pubsub.tests.Fixture.failure;
import static org.causerie.pubsub.tests.Fixture.newNode;
import static org.causerie.pubsub.tests.Fixture.pubsub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.ConnectionState;
import org.causerie.core.XmppSession;
import org.causerie.core.form.DataForm;
import org.causerie.pubsub.Affiliation;
import org.causerie.pubsub.NodeAffiliation;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeInfo;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.SubscriptionState;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Finding, creating, configuring and deleting nodes; affiliations and subscriptions as owner. */
@ExtendWith(EjabberdExtension.class)
class NodesTest {

    @Test
    void createConfigureListAndDelete(EjabberdServer server) {
        TestAccount user = TestAccounts.fresh(server, "owner");
        XmppSession owner = Sessions.connect(server, user);
        try {
            String account = owner.account().id();
            assertEquals(List.of(Fixture.SERVICE), await(pubsub().services(account)));
            NodeId node = newNode(owner);
            DataForm defaults = await(pubsub().defaultConfiguration(account, Fixture.SERVICE));
            assertEquals(Optional.of("http://jabber.org/protocol/pubsub#node_config"), defaults.formType());

            await(pubsub().create(node, NodeKind.LEAF,
                    Optional.of(Fixture.creation(node, "pubsub#title", "Calendar"))));
            failure(pubsub().create(node, NodeKind.LEAF, Optional.empty()), PubSubError.CONFLICT);
            await(pubsub().configure(node, configured(node, "pubsub#title", "Calendar alerts",
                    "pubsub#max_items", "7")));
            DataForm again = await(pubsub().configurationForm(node));
            assertEquals(Optional.of("Calendar alerts"), again.field("pubsub#title").flatMap(f -> f.value()));
            assertEquals(Optional.of("7"), again.field("pubsub#max_items").flatMap(f -> f.value()));

            assertTrue(await(pubsub().nodes(account, Fixture.SERVICE, Optional.empty())).stream()
                    .anyMatch(e -> e.id().equals(node)), "the new node is listed at the root");
            NodeInfo info = await(pubsub().info(node));
            assertEquals(NodeKind.LEAF, info.kind());
            assertEquals(Optional.of("Calendar alerts"),
                    info.metadata().field("pubsub#title").flatMap(f -> f.value()), info.metadata().toString());

            await(pubsub().delete(node));
            failure(pubsub().info(node), PubSubError.NOT_FOUND);
            assertFalse(await(pubsub().nodes(account, Fixture.SERVICE, Optional.empty())).stream()
                    .anyMatch(e -> e.id().equals(node)));
        } finally {
            Sessions.disconnect(owner);
        }
    }

    @Test
    void aCollectionIsCreatedAndReportedAsOne(EjabberdServer server) {
        XmppSession owner = Sessions.connect(server, TestAccounts.fresh(server, "collector"));
        try {
            NodeId collection = newNode(owner);
            await(pubsub().create(collection, NodeKind.COLLECTION, Optional.empty()));
            assertEquals(NodeKind.COLLECTION, await(pubsub().info(collection)).kind());
            // ejabberd 23.01's flat plugin reports the collection but does not list children
            // under it (docs/pubsub.md): the child's place in the tree is not checked here.
            assertTrue(await(pubsub().nodes(owner.account().id(), Fixture.SERVICE, Optional.empty())).stream()
                    .anyMatch(e -> e.id().equals(collection)));
            await(pubsub().delete(collection));
        } finally {
            Sessions.disconnect(owner);
        }
    }

    @Test
    void badInputFailsBeforeAnythingIsSent(EjabberdServer server) {
        XmppSession owner = Sessions.connect(server, TestAccounts.fresh(server, "careless"));
        try {
            NodeId node = newNode(owner);
            assertThrows(IllegalArgumentException.class,
                    () -> pubsub().create(new NodeId(node.accountId(), node.service(), " "), NodeKind.LEAF,
                            Optional.empty()));
            assertThrows(IllegalArgumentException.class,
                    () -> pubsub().nodes(node.accountId(), "not a service", Optional.empty()));
            IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
                    () -> pubsub().publishXml(node, Optional.empty(), "<entry xmlns='urn:x'><title>x</entry>"));
            assertTrue(unclosed.getMessage().contains("not well-formed"), unclosed.getMessage());
            assertTrue(pubsub().checkPayload("<a/>").orElseThrow().contains("namespace"));
            assertTrue(pubsub().checkPayload("<a xmlns='urn:x'/><b xmlns='urn:x'/>").orElseThrow()
                    .contains("one element"));
            assertTrue(pubsub().checkPayload("<!DOCTYPE a [<!ENTITY e 'x'>]><a xmlns='urn:x'>&e;</a>").isPresent());
            assertEquals(Optional.empty(), pubsub().checkPayload("<a xmlns='urn:x'><b>ok</b></a>"));
            // Nothing was created by the refused requests.
            failure(pubsub().info(node), PubSubError.NOT_FOUND);
            failure(pubsub().info(new NodeId("no-such-account", node.service(), node.node())),
                    PubSubError.NOT_CONNECTED);
        } finally {
            Sessions.disconnect(owner);
        }
    }

    @Test
    void affiliationsAndSubscriptionsAsOwner(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "boss", "writer", "outsider");
        XmppSession boss = Sessions.connect(server, users.get(0));
        XmppSession writer = Sessions.connect(server, users.get(1));
        XmppSession outsider = Sessions.connect(server, users.get(2));
        try {
            NodeId node = newNode(boss);
            await(pubsub().create(node, NodeKind.LEAF, Optional.empty()));
            // ejabberd's default publish model is "publishers": only owner and publishers may publish.
            failure(pubsub().publishXml(as(writer, node), Optional.empty(), "<note xmlns='urn:test'>no</note>"),
                    PubSubError.FORBIDDEN);
            await(pubsub().setAffiliation(node, users.get(1).jid(), Affiliation.PUBLISHER));
            List<NodeAffiliation> affiliations = await(pubsub().affiliations(node));
            assertTrue(affiliations.contains(new NodeAffiliation(users.get(1).jid(), Affiliation.PUBLISHER)),
                    affiliations.toString());
            assertTrue(affiliations.contains(new NodeAffiliation(users.get(0).jid(), Affiliation.OWNER)),
                    affiliations.toString());
            await(pubsub().publishXml(as(writer, node), Optional.of("w1"), "<note xmlns='urn:test'>yes</note>"));
            // Only the owner sees and changes affiliations.
            failure(pubsub().affiliations(as(writer, node)), PubSubError.FORBIDDEN);

            await(pubsub().subscribe(as(outsider, node), Optional.empty()));
            List<Subscription> subscribers = await(pubsub().subscribers(node));
            assertTrue(subscribers.stream().anyMatch(s -> s.jid().startsWith(users.get(2).jid())
                    && s.state() == SubscriptionState.SUBSCRIBED), subscribers.toString());
            await(pubsub().setSubscription(node, users.get(2).jid(), SubscriptionState.NONE));
            assertFalse(await(pubsub().subscribers(node)).stream().anyMatch(s -> s.jid().startsWith(users.get(2).jid())));
            // ejabberd tells the subscriber with a subscription event Smack 4.4 cannot parse
            // (TolerantEventProvider): the outsider's link must survive it.
            await(pubsub().subscriptions(outsider.account().id()));
            assertEquals(ConnectionState.CONNECTED, outsider.state());

            await(pubsub().setAffiliation(node, users.get(2).jid(), Affiliation.OUTCAST));
            failure(pubsub().subscribe(as(outsider, node), Optional.empty()), PubSubError.FORBIDDEN);
            await(pubsub().setAffiliation(node, users.get(1).jid(), Affiliation.NONE));
            failure(pubsub().publishXml(as(writer, node), Optional.empty(), "<note xmlns='urn:test'>again</note>"),
                    PubSubError.FORBIDDEN);
            await(pubsub().delete(node));
        } finally {
            Sessions.disconnect(boss, writer, outsider);
        }
    }
}
