package org.causerie.filetransfer.ui.internal;

import java.util.Locale;

import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;
import org.eclipse.osgi.util.NLS;

/**
 * Every string the file transfer UI shows, from {@code Messages.properties} and
 * its translations ({@code Messages_fr.properties}), for the platform's locale.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.filetransfer.ui.internal.Messages"; //$NON-NLS-1$

    public static String action_sendFile;
    public static String send_title;
    public static String drop_label;
    public static String drop_refused;
    public static String error_title;
    public static String offer_title;
    public static String offer_message;
    public static String offer_linkMessage;
    public static String offer_from;
    public static String offer_account;
    public static String offer_name;
    public static String offer_size;
    public static String offer_description;
    public static String offer_unknownSize;
    public static String offer_folder;
    public static String offer_accept;
    public static String offer_saveAs;
    public static String offer_decline;
    public static String exists_title;
    public static String exists_message;
    public static String exists_replace;
    public static String exists_keepBoth;
    public static String large_title;
    public static String large_message;
    public static String failed_message;
    public static String job_send;
    public static String job_receive;
    public static String column_file;
    public static String column_peer;
    public static String column_direction;
    public static String column_state;
    public static String column_method;
    public static String column_progress;
    public static String column_speed;
    public static String column_remaining;
    public static String direction_INCOMING;
    public static String direction_OUTGOING;
    public static String state_OFFERED;
    public static String state_NEGOTIATING;
    public static String state_TRANSFERRING;
    public static String state_COMPLETED;
    public static String state_DECLINED;
    public static String state_CANCELLED;
    public static String state_FAILED;
    public static String method_SOCKS5_DIRECT;
    public static String method_SOCKS5_PROXY;
    public static String method_IBB;
    public static String method_HTTP_UPLOAD;
    public static String error_NOT_CONNECTED;
    public static String error_UNKNOWN;
    public static String error_UNREADABLE;
    public static String error_DECLINED;
    public static String error_CANCELLED;
    public static String error_INTERRUPTED;
    public static String error_EXISTS;
    public static String error_TOO_LARGE;
    public static String error_SIZE_MISMATCH;
    public static String error_HASH_MISMATCH;
    public static String error_NO_METHOD;
    public static String error_NO_UPLOAD_SERVICE;
    public static String error_TIMEOUT;
    public static String error_IO;
    public static String button_cancel;
    public static String button_resume;
    public static String button_resumeTip;
    public static String button_folder;
    public static String folder_label;
    public static String folder_title;
    public static String size_b;
    public static String size_kb;
    public static String size_mb;
    public static String size_gb;
    public static String speed;
    public static String settings_title;
    public static String settings_port;
    public static String settings_portInUse;
    public static String settings_limit;
    public static String settings_account;
    public static String settings_proxy;
    public static String settings_proxyHint;
    public static String settings_offerHash;
    public static String settings_offerHashHint;
    public static String settings_invalid;
    public static String button_settings;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    public static String direction(Direction direction) {
        return direction == Direction.INCOMING ? direction_INCOMING : direction_OUTGOING;
    }

    public static String method(TransferMethod method) {
        return switch (method) {
            case SOCKS5_DIRECT -> method_SOCKS5_DIRECT;
            case SOCKS5_PROXY -> method_SOCKS5_PROXY;
            case IBB -> method_IBB;
            case HTTP_UPLOAD -> method_HTTP_UPLOAD;
        };
    }

    public static String error(TransferError error) {
        return switch (error) {
            case NOT_CONNECTED -> error_NOT_CONNECTED;
            case UNKNOWN -> error_UNKNOWN;
            case UNREADABLE -> error_UNREADABLE;
            case DECLINED -> error_DECLINED;
            case CANCELLED -> error_CANCELLED;
            case INTERRUPTED -> error_INTERRUPTED;
            case EXISTS -> error_EXISTS;
            case TOO_LARGE -> error_TOO_LARGE;
            case SIZE_MISMATCH -> error_SIZE_MISMATCH;
            case HASH_MISMATCH -> error_HASH_MISMATCH;
            case NO_METHOD -> error_NO_METHOD;
            case NO_UPLOAD_SERVICE -> error_NO_UPLOAD_SERVICE;
            case TIMEOUT -> error_TIMEOUT;
            case IO -> error_IO;
        };
    }

    /** @return the state's label; a failure names its reason */
    public static String state(TransferState state, java.util.Optional<TransferError> error) {
        return switch (state) {
            case OFFERED -> state_OFFERED;
            case NEGOTIATING -> state_NEGOTIATING;
            case TRANSFERRING -> state_TRANSFERRING;
            case COMPLETED -> state_COMPLETED;
            case DECLINED -> state_DECLINED;
            case CANCELLED -> state_CANCELLED;
            case FAILED -> NLS.bind(state_FAILED, error.map(Messages::error).orElse("?"));
        };
    }

    /** @return a size in the largest unit that keeps it at or above 1, one decimal */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return NLS.bind(size_b, Long.toString(bytes));
        }
        double value = bytes / 1024.0;
        String unit = size_kb;
        if (value >= 1024) {
            value /= 1024;
            unit = size_mb;
        }
        if (value >= 1024) {
            value /= 1024;
            unit = size_gb;
        }
        return NLS.bind(unit, String.format(Locale.getDefault(), "%.1f", value));
    }
}
