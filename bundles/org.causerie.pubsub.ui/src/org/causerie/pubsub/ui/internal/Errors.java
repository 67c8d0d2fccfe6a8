package org.causerie.pubsub.ui.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.causerie.pubsub.PubSubException;
import org.eclipse.osgi.util.NLS;

/** Failures told in words a person can act on. */
public final class Errors {

    private Errors() {
    }

    /** @return the failure inside the future's wrappers */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    public static String describe(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof PubSubException e) {
            String kind = switch (e.error()) {
                case NOT_CONNECTED -> Messages.error_notConnected;
                case NOT_FOUND -> Messages.error_notFound;
                case CONFLICT -> Messages.error_conflict;
                case FORBIDDEN -> Messages.error_forbidden;
                case NOT_SUPPORTED -> Messages.error_notSupported;
                case BAD_REQUEST -> Messages.error_badRequest;
                case NO_RESPONSE -> Messages.error_noResponse;
                case OTHER -> Messages.error_other;
            };
            return NLS.bind(Messages.error_withDetail, kind, e.getMessage());
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
