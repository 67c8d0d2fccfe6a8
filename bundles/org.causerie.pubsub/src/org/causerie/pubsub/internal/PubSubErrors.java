package org.causerie.pubsub.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.PubSubException;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaError;

/** Turns what Smack and the service report into a {@link PubSubException} (XEP-0060 error cases). */
public final class PubSubErrors {

    private static final String ERRORS = "http://jabber.org/protocol/pubsub#errors";
    /** XEP-0060 §14: the application-specific conditions a person can act on. */
    private static final java.util.List<String> SPECIFIC = java.util.List.of("invalid-payload", "payload-too-big",
            "item-forbidden", "nodeid-required", "unsupported", "closed-node", "not-subscribed",
            "presence-subscription-required", "invalid-jid", "precondition-not-met", "max-nodes-exceeded",
            "unsupported-access-model", "payload-required", "item-required", "invalid-options");

    private PubSubErrors() {
    }

    /** @return the reason for anything a Smack call threw */
    public static PubSubException of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof PubSubException known) {
            return known;
        }
        if (cause instanceof XMPPException.XMPPErrorException error) {
            return of(error.getStanzaError());
        }
        if (cause instanceof SmackException.NotConnectedException
                || cause instanceof SmackException.NotLoggedInException) {
            return new PubSubException(PubSubError.NOT_CONNECTED, "the account is not connected");
        }
        if (cause instanceof SmackException.NoResponseException) {
            return new PubSubException(PubSubError.NO_RESPONSE, "no answer from the service");
        }
        if (cause instanceof org.jivesoftware.smackx.pubsub.PubSubException.NotAPubSubNodeException
                || cause instanceof org.jivesoftware.smackx.pubsub.PubSubException.NotALeafNodeException) {
            return new PubSubException(PubSubError.BAD_REQUEST, "not a leaf node: " + cause.getMessage());
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new PubSubException(PubSubError.OTHER, message);
    }

    static PubSubException of(StanzaError error) {
        PubSubError kind = switch (error.getCondition()) {
            case item_not_found -> PubSubError.NOT_FOUND;
            case conflict -> PubSubError.CONFLICT;
            case forbidden, not_authorized, not_allowed, registration_required -> PubSubError.FORBIDDEN;
            case feature_not_implemented, service_unavailable -> PubSubError.NOT_SUPPORTED;
            case bad_request, not_acceptable, policy_violation, jid_malformed -> PubSubError.BAD_REQUEST;
            case remote_server_not_found, remote_server_timeout -> PubSubError.NO_RESPONSE;
            default -> PubSubError.OTHER;
        };
        String text = error.getDescriptiveText();
        String condition = error.getCondition().toString();
        // XEP-0060 §7.1.3, §8.1.1: the specific condition (e.g. invalid-payload) says more.
        String specific = SPECIFIC.stream().filter(n -> error.getExtension(n, ERRORS) != null).findFirst().orElse("");
        String words = text == null || text.isBlank() ? condition : text + " (" + condition + ")";
        if (!specific.isEmpty()
                && error.getExtension(specific, ERRORS) instanceof StandardExtensionElement element
                && element.getAttributeValue("feature") != null) {
            // §14: <unsupported feature='...'/> names the feature the service lacks.
            specific = specific + ": " + element.getAttributeValue("feature");
        }
        return new PubSubException(kind, specific.isEmpty() ? words : words + " [" + specific + "]");
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
