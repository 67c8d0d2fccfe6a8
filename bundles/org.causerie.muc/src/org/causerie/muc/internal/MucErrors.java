package org.causerie.muc.internal;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;

/**
 * Turns what Smack and the room report into a {@link MucException} a person can
 * act on. Entering a room (XEP-0045 §7.2) gives some conditions a meaning they
 * do not have for other requests: {@code forbidden} is a ban there, a refused
 * action elsewhere.
 */
final class MucErrors {

    /** What was attempted, which decides what a condition means. */
    enum Context {
        /** Entering a room or creating one (§7.2, §10.1). */
        ENTER,
        /** Changing our nickname (§7.6). */
        NICK,
        /** Anything else: moderation, configuration, messages, discovery. */
        ACTION
    }

    private MucErrors() {
    }

    /** @return the reason for a stanza error (from a presence, message or IQ) */
    static MucException of(StanzaError error, Context context) {
        String text = describe(error);
        MucError kind = switch (error.getCondition()) {
            case not_authorized -> context == Context.ENTER ? MucError.PASSWORD_REQUIRED : MucError.NOT_ALLOWED;
            case forbidden -> context == Context.ENTER ? MucError.BANNED : MucError.NOT_ALLOWED;
            case registration_required -> context == Context.ENTER ? MucError.MEMBERS_ONLY : MucError.NOT_ALLOWED;
            case conflict -> context == Context.ACTION ? MucError.OTHER : MucError.NICK_IN_USE;
            case service_unavailable -> context == Context.ENTER ? MucError.ROOM_FULL : MucError.SERVICE_UNREACHABLE;
            // ejabberd says a room is full with resource-constraint where §7.2.10 has service-unavailable.
            case resource_constraint -> context == Context.ENTER ? MucError.ROOM_FULL : MucError.OTHER;
            case item_not_found -> locked(error) ? MucError.ROOM_LOCKED : MucError.ROOM_NOT_FOUND;
            // §10.1.1: the service refuses to create the room.
            case not_allowed -> context == Context.ENTER ? MucError.ROOM_NOT_FOUND : MucError.NOT_ALLOWED;
            case remote_server_not_found, remote_server_timeout, recipient_unavailable -> MucError.SERVICE_UNREACHABLE;
            default -> MucError.OTHER;
        };
        return new MucException(kind, text);
    }

    private static boolean locked(StanzaError error) {
        String text = error.getDescriptiveText();
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains("locked");
    }

    private static String describe(StanzaError error) {
        String text = error.getDescriptiveText();
        String condition = error.getCondition().toString();
        return text == null || text.isBlank() ? condition : text + " (" + condition + ")";
    }

    /** @return the reason for anything a Smack call threw */
    static MucException of(Throwable failure, Context context) {
        Throwable cause = unwrap(failure);
        if (cause instanceof MucException muc) {
            return muc;
        }
        if (cause instanceof XMPPException.XMPPErrorException error) {
            return of(error.getStanzaError(), context);
        }
        if (cause instanceof SmackException.NotConnectedException
                || cause instanceof SmackException.NotLoggedInException) {
            return new MucException(MucError.NOT_CONNECTED, "the account is not connected");
        }
        if (cause instanceof SmackException.NoResponseException || cause instanceof TimeoutException) {
            return new MucException(MucError.SERVICE_UNREACHABLE, "no answer from the service");
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new MucException(MucError.OTHER, message);
    }

    /** @return a nickname in use, with another one offered */
    static MucException nickInUse(MucException error, String suggested) {
        return new MucException(MucError.NICK_IN_USE, error.getMessage(), Optional.of(suggested));
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
