package org.causerie.app.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Every string the workbench shows, from {@code Messages.properties} and its
 * translations ({@code Messages_fr.properties}). Fields are filled by {@link NLS}
 * for the platform's locale ({@code -nl} or the JVM's default).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.app.internal.Messages"; //$NON-NLS-1$

    public static String accounts_column_jid;
    public static String accounts_column_resource;
    public static String accounts_column_state;
    public static String accounts_column_error;
    public static String accounts_add;
    public static String accounts_edit;
    public static String accounts_remove;
    public static String accounts_connect;
    public static String accounts_disconnect;
    public static String accounts_removeTitle;
    public static String accounts_removeQuestion;
    public static String accounts_statusConnecting;
    public static String accounts_statusConnected;
    public static String accounts_statusFailed;
    public static String accounts_statusDisconnected;
    public static String accounts_statusReady;
    public static String accounts_saveFailedTitle;
    public static String accounts_saveFailed;

    public static String state_DISCONNECTED;
    public static String state_CONNECTING;
    public static String state_CONNECTED;
    public static String state_RECONNECTING;
    public static String state_FAILED;

    public static String error_WRONG_PASSWORD;
    public static String error_UNKNOWN_HOST;
    public static String error_CONNECTION_REFUSED;
    public static String error_TLS_FAILURE;
    public static String error_UNTRUSTED_CERTIFICATE;
    public static String error_TLS_NOT_SUPPORTED;
    public static String error_RESOURCE_CONFLICT;
    public static String error_ALREADY_CONNECTED;
    public static String error_TIMEOUT;
    public static String error_STREAM_ERROR;
    public static String error_CONNECTION_LOST;
    public static String error_OTHER;
    public static String error_unexpected;

    public static String dialog_addTitle;
    public static String dialog_editTitle;
    public static String dialog_addMessage;
    public static String dialog_editMessage;
    public static String dialog_jid;
    public static String dialog_password;
    public static String dialog_passwordKeep;
    public static String dialog_host;
    public static String dialog_port;
    public static String dialog_resource;
    public static String dialog_priority;
    public static String dialog_tls;
    public static String dialog_autoConnect;
    public static String dialog_fingerprint;

    public static String tls_REQUIRED;
    public static String tls_IF_POSSIBLE;
    public static String tls_DISABLED;

    public static String validation_jidEmpty;
    public static String validation_jidInvalid;
    public static String validation_passwordEmpty;
    public static String validation_hostInvalid;
    public static String validation_portInvalid;
    public static String validation_priorityInvalid;
    public static String validation_fingerprintInvalid;

    public static String trust_title;
    public static String trust_message;
    public static String trust_subject;
    public static String trust_issuer;
    public static String trust_expires;
    public static String trust_fingerprint;
    public static String trust_accept;
    public static String trust_cancel;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
