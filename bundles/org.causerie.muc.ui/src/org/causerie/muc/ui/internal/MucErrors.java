package org.causerie.muc.ui.internal;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.eclipse.osgi.util.NLS;

/** Says in words, in the user's language, why a room operation failed. */
public final class MucErrors {

    private MucErrors() {
    }

    /** @return the {@link MucException} behind a failure of a future, if that is what it was */
    public static Optional<MucException> muc(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof MucException e ? Optional.of(e) : Optional.empty();
    }

    /** @return a sentence telling what went wrong */
    public static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof MucException muc) {
            return describe(muc.error(), muc.getMessage());
        }
        if (cause instanceof TimeoutException) {
            return Messages.error_SERVICE_UNREACHABLE;
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? NLS.bind(Messages.error_unknown, cause.getClass().getSimpleName())
                : message;
    }

    /** @return the words for an error, with the server's text for the ones words cannot cover */
    public static String describe(MucError error, String serverText) {
        String details = serverText == null ? "" : serverText;
        return switch (error) {
            case PASSWORD_REQUIRED -> Messages.error_PASSWORD_REQUIRED;
            case BANNED -> Messages.error_BANNED;
            case MEMBERS_ONLY -> Messages.error_MEMBERS_ONLY;
            case NICK_IN_USE -> Messages.error_NICK_IN_USE;
            case ROOM_FULL -> Messages.error_ROOM_FULL;
            case ROOM_NOT_FOUND -> Messages.error_ROOM_NOT_FOUND;
            case ROOM_LOCKED -> Messages.error_ROOM_LOCKED;
            case SERVICE_UNREACHABLE -> Messages.error_SERVICE_UNREACHABLE;
            case NOT_ALLOWED -> Messages.error_NOT_ALLOWED;
            case NOT_CONNECTED -> Messages.error_NOT_CONNECTED;
            case OTHER -> NLS.bind(Messages.error_OTHER, details);
        };
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
