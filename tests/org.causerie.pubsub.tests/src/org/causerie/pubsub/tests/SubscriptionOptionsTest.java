package org.causerie.pubsub.tests;

import static org.causerie.pubsub.tests.Fixture.as;
import static org.causerie.pubsub.tests.Fixture.await;
import static org.causerie.pubsub.tests.Fixture.failure;
import static org.causerie.pubsub.tests.Fixture.newNode;
import static org.causerie.pubsub.tests.Fixture.pubsub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.core.form.FormField;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.PubSubException;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.SubscriptionState;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscription options (XEP-0060 §6.3) against the harness's ejabberd 23.01. Its
 * node plugins ({@code flat}, {@code pep}) do not list {@code subscription-options}
 * among their features, so the service does not advertise
 * {@code pubsub#subscription-options} and refuses every options request with
 * {@code <feature-not-implemented/><unsupported feature='subscription-options'/>}.
 * This test pins that answer, checks it reaches the caller in words, and that a
 * refusal loses nothing: the subscription keeps delivering. Options sent with a
 * subscribe request (§6.3.7) are accepted and ignored by this server, so the
 * service refuses them itself when the feature is not advertised.
 */
@ExtendWith(EjabberdExtension.class)
class SubscriptionOptionsTest {

    private static final String REFUSAL = "feature-not-implemented [unsupported: subscription-options]";

    @Test
    void theHarnessServiceRefusesSubscriptionOptionsClearly(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "owner", "paused", "late");
        XmppSession owner = Sessions.connect(server, users.get(0));
        XmppSession paused = Sessions.connect(server, users.get(1));
        XmppSession late = Sessions.connect(server, users.get(2));
        try (Recorder seen = new Recorder(paused.account().id())) {
            NodeId node = newNode(owner);
            await(pubsub().create(node, NodeKind.LEAF, Optional.empty()));
            Subscription subscription = await(pubsub().subscribe(as(paused, node), Optional.empty()));
            assertEquals(SubscriptionState.SUBSCRIBED, subscription.state());

            // §6.3.1: not advertised.
            assertFalse(await(pubsub().supportsSubscriptionOptions(paused.account().id(), Fixture.SERVICE)));

            // §6.3.2: the options form is refused, with the feature named.
            PubSubException form = failure(pubsub().subscriptionOptions(as(paused, node), subscription.subId()),
                    PubSubError.NOT_SUPPORTED);
            assertEquals(REFUSAL, form.getMessage());

            // §6.3.5: so is submitting pubsub#deliver=false ...
            PubSubException set = failure(pubsub().configureSubscription(as(paused, node), subscription.subId(),
                    deliver(false)), PubSubError.NOT_SUPPORTED);
            assertEquals(REFUSAL, set.getMessage());
            // ... and the subscription still delivers: nothing was changed or lost.
            String id = await(pubsub().publishXml(node, Optional.empty(), "<alert xmlns='urn:example:alerts'/>"));
            seen.item("the item after the refused options", i -> i.id().equals(id));

            // §6.3.7: options with the subscription are refused before sending (ejabberd would accept
            // them and ignore them: pubsub#deliver=false still delivered), and no subscription is made.
            PubSubException withOptions = failure(pubsub().subscribe(as(late, node), Optional.of(deliver(false))),
                    PubSubError.NOT_SUPPORTED);
            assertEquals("the service does not advertise pubsub#subscription-options", withOptions.getMessage());
            assertTrue(await(pubsub().subscriptions(late.account().id())).stream()
                    .noneMatch(s -> s.node().node().equals(node.node())));

            await(pubsub().delete(node));
        } finally {
            Sessions.disconnect(owner, paused, late);
        }
    }

    @Test
    void aFormThatIsNotSubmittedIsRefusedBeforeSending(EjabberdServer server) {
        XmppSession user = Sessions.connect(server, TestAccounts.fresh(server, "form"));
        try {
            NodeId node = newNode(user);
            DataForm notSubmitted = new DataForm("form", Optional.empty(), List.of(), deliver(false).fields());
            assertThrows(IllegalArgumentException.class,
                    () -> pubsub().configureSubscription(node, Optional.empty(), notSubmitted));
            assertThrows(IllegalArgumentException.class,
                    () -> pubsub().subscriptionOptions(new NodeId(node.accountId(), node.service(), " "),
                            Optional.empty()));
        } finally {
            Sessions.disconnect(user);
        }
    }

    /** @return a submitted {@code pubsub#subscribe_options} form setting {@code pubsub#deliver} (§6.3.5) */
    static DataForm deliver(boolean deliver) {
        FormField type = new FormField(Optional.of("FORM_TYPE"), FieldType.HIDDEN, Optional.empty(), Optional.empty(),
                false, List.of("http://jabber.org/protocol/pubsub#subscribe_options"), List.of());
        FormField field = new FormField(Optional.of("pubsub#deliver"), FieldType.BOOLEAN, Optional.empty(),
                Optional.empty(), false, List.of(deliver ? "1" : "0"), List.of());
        return new DataForm("submit", Optional.empty(), List.of(), List.of(type, field));
    }
}
