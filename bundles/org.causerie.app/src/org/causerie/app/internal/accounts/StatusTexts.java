package org.causerie.app.internal.accounts;

import org.causerie.app.internal.Messages;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionState;
import org.causerie.core.TlsPolicy;

/** Words for connection states, error kinds and TLS policies. */
public final class StatusTexts {

    private StatusTexts() {
    }

    /** @return the state in words */
    public static String state(ConnectionState state) {
        return switch (state) {
            case DISCONNECTED -> Messages.state_DISCONNECTED;
            case CONNECTING -> Messages.state_CONNECTING;
            case CONNECTED -> Messages.state_CONNECTED;
            case RECONNECTING -> Messages.state_RECONNECTING;
            case FAILED -> Messages.state_FAILED;
        };
    }

    /** @return what went wrong, in words the user can act on */
    public static String error(ConnectionError.Kind kind) {
        return switch (kind) {
            case WRONG_PASSWORD -> Messages.error_WRONG_PASSWORD;
            case UNKNOWN_HOST -> Messages.error_UNKNOWN_HOST;
            case CONNECTION_REFUSED -> Messages.error_CONNECTION_REFUSED;
            case TLS_FAILURE -> Messages.error_TLS_FAILURE;
            case UNTRUSTED_CERTIFICATE -> Messages.error_UNTRUSTED_CERTIFICATE;
            case TLS_NOT_SUPPORTED -> Messages.error_TLS_NOT_SUPPORTED;
            case RESOURCE_CONFLICT -> Messages.error_RESOURCE_CONFLICT;
            case ALREADY_CONNECTED -> Messages.error_ALREADY_CONNECTED;
            case TIMEOUT -> Messages.error_TIMEOUT;
            case STREAM_ERROR -> Messages.error_STREAM_ERROR;
            case CONNECTION_LOST -> Messages.error_CONNECTION_LOST;
            case OTHER -> Messages.error_OTHER;
        };
    }

    /** @return the TLS policy in words */
    public static String tls(TlsPolicy policy) {
        return switch (policy) {
            case REQUIRED -> Messages.tls_REQUIRED;
            case IF_POSSIBLE -> Messages.tls_IF_POSSIBLE;
            case DISABLED -> Messages.tls_DISABLED;
        };
    }
}
