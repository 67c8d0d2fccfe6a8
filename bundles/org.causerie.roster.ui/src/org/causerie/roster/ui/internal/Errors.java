package org.causerie.roster.ui.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.causerie.roster.RosterException;
import org.eclipse.osgi.util.NLS;

/** Says in words, in the user's language, why a roster operation or query failed. */
public final class Errors {

    private Errors() {
    }

    /** @return a short explanation of the failure, for a sentence such as "Could not add x: ..." */
    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RosterException roster) {
            return roster.condition().map(Errors::condition).orElseGet(() -> message(roster));
        }
        if (cause instanceof TimeoutException) {
            return Messages.error_noAnswer;
        }
        return message(cause);
    }

    /** @return the words for a stanza error condition (RFC 6120 §8.3.3), or the condition itself */
    static String condition(String condition) {
        return switch (condition) {
            case "item-not-found" -> Messages.error_itemNotFound;
            case "service-unavailable" -> Messages.error_serviceUnavailable;
            case "feature-not-implemented" -> Messages.error_featureNotImplemented;
            case "forbidden" -> Messages.error_forbidden;
            case "not-authorized" -> Messages.error_notAuthorized;
            case "not-allowed" -> Messages.error_notAllowed;
            case "not-acceptable" -> Messages.error_notAcceptable;
            case "bad-request" -> Messages.error_badRequest;
            case "remote-server-not-found" -> Messages.error_remoteServerNotFound;
            case "remote-server-timeout" -> Messages.error_remoteServerTimeout;
            case "recipient-unavailable" -> Messages.error_recipientUnavailable;
            default -> condition;
        };
    }

    private static String message(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? NLS.bind(Messages.error_unknown, cause.getClass().getSimpleName())
                : message;
    }
}
