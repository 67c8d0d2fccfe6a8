package org.causerie.pubsub.tests;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.XmppSession;
import org.causerie.core.form.DataForm;
import org.causerie.core.form.FieldType;
import org.causerie.core.form.FormField;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.PubSubException;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.pep.PepService;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.opentest4j.AssertionFailedError;

/** Steps the pubsub tests share. */
final class Fixture {

    /** The harness's pubsub service (ejabberd's default host for mod_pubsub). */
    static final String SERVICE = "pubsub.localhost";

    private static final AtomicInteger NODES = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Fixture() {
    }

    static PubSubService pubsub() {
        return Services.get(PubSubService.class);
    }

    static PepService pep() {
        return Services.get(PepService.class);
    }

    /** @return a node name nobody used, as that session's account sees it */
    static NodeId newNode(XmppSession session) {
        return new NodeId(session.account().id(), SERVICE,
                "test-" + NODES.incrementAndGet() + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
    }

    /** @return the same node seen from another account */
    static NodeId as(XmppSession session, NodeId node) {
        return new NodeId(session.account().id(), node.service(), node.node());
    }

    static <T> T await(CompletableFuture<T> future) {
        return Waiting.await(future);
    }

    /** @return the node's configuration with the fields changed and submitted */
    static DataForm configured(NodeId node, String... varValue) {
        DataForm form = await(pubsub().configurationForm(node));
        for (int i = 0; i < varValue.length; i += 2) {
            form = form.with(varValue[i], List.of(varValue[i + 1]));
        }
        return form.toSubmit();
    }

    /**
     * @return the service's default configuration with the fields set (added when the
     *         form lacks them: ejabberd's flat nodes list only the options they were created with)
     */
    static DataForm creation(NodeId node, String... varValue) {
        DataForm form = await(pubsub().defaultConfiguration(node.accountId(), node.service()));
        for (int i = 0; i < varValue.length; i += 2) {
            String var = varValue[i];
            List<String> value = List.of(varValue[i + 1]);
            if (form.field(var).isPresent()) {
                form = form.with(var, value);
            } else {
                List<FormField> fields = new java.util.ArrayList<>(form.fields());
                fields.add(new FormField(Optional.of(var), FieldType.TEXT_SINGLE, Optional.empty(), Optional.empty(),
                        false, value, List.of()));
                form = new DataForm(form.type(), form.title(), form.instructions(), fields);
            }
        }
        return form.toSubmit();
    }

    /** @return the PubSubException the future fails with; fails the test if it succeeds */
    static PubSubException failure(CompletableFuture<?> future, PubSubError expected) {
        try {
            Object value = future.get(Waiting.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionFailedError("expected " + expected + " but it succeeded: " + value);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PubSubException p) {
                if (p.error() != expected) {
                    throw new AssertionFailedError("expected " + expected + " but got " + p.error() + ": "
                            + p.getMessage(), p);
                }
                return p;
            }
            throw new AssertionFailedError("expected a PubSubException, got " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionFailedError("no outcome: " + e, e);
        }
    }
}
