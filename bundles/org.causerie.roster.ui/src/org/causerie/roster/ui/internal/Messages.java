package org.causerie.roster.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Every string the roster view shows, from {@code Messages.properties} and its
 * translations ({@code Messages_fr.properties}), for the platform's locale.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.roster.ui.internal.Messages"; //$NON-NLS-1$

    public static String mode_AVAILABLE;
    public static String mode_CHAT;
    public static String mode_AWAY;
    public static String mode_XA;
    public static String mode_DND;
    public static String mode_INVISIBLE;
    public static String mode_OFFLINE;
    public static String row_account;
    public static String row_accountLoading;
    public static String row_group;
    public static String row_ungrouped;
    public static String row_unread;
    public static String row_ownResource;
    public static String subscription_NONE;
    public static String subscription_TO;
    public static String subscription_FROM;
    public static String subscription_BOTH;
    public static String subscription_pending;
    public static String view_filter;
    public static String view_add;
    public static String view_noAccount;
    public static String menu_chat;
    public static String menu_chatUnavailable;
    public static String menu_details;
    public static String menu_rename;
    public static String menu_move;
    public static String menu_remove;
    public static String menu_add;
    public static String add_title;
    public static String add_message;
    public static String add_account;
    public static String add_jid;
    public static String add_nickname;
    public static String add_group;
    public static String add_noAccount;
    public static String add_jidInvalid;
    public static String rename_title;
    public static String rename_message;
    public static String move_title;
    public static String move_message;
    public static String remove_title;
    public static String remove_question;
    public static String error_title;
    public static String error_add;
    public static String error_rename;
    public static String error_move;
    public static String error_remove;
    public static String error_itemNotFound;
    public static String error_serviceUnavailable;
    public static String error_featureNotImplemented;
    public static String error_notAuthorized;
    public static String error_notAllowed;
    public static String error_notAcceptable;
    public static String error_badRequest;
    public static String error_remoteServerNotFound;
    public static String error_remoteServerTimeout;
    public static String error_recipientUnavailable;
    public static String error_forbidden;
    public static String error_noAnswer;
    public static String error_unknown;
    public static String request_text;
    public static String request_textNick;
    public static String request_accept;
    public static String request_acceptAskBack;
    public static String request_deny;
    public static String request_failed;
    public static String request_more;
    public static String presence_allAccounts;
    public static String presence_status;
    public static String presence_priority;
    public static String presence_apply;
    public static String presence_autoAway;
    public static String presence_failed;
    public static String presence_set;
    public static String presence_idleStatus;
    public static String autoAway_title;
    public static String autoAway_message;
    public static String autoAway_enabled;
    public static String autoAway_away;
    public static String autoAway_xa;
    public static String autoAway_invalid;
    public static String details_title;
    public static String details_jid;
    public static String details_nickname;
    public static String details_groups;
    public static String details_subscription;
    public static String details_resources;
    public static String details_resource;
    public static String details_presence;
    public static String details_priority;
    public static String details_status;
    public static String details_noResource;
    public static String details_version;
    public static String details_time;
    public static String details_asking;
    public static String details_versionResult;
    public static String details_versionResultOs;
    public static String details_timeResult;
    public static String details_askFailed;
    public static String details_selectResource;
    public static String details_vcard;
    public static String details_vcardLoading;
    public static String details_vcardEmpty;
    public static String details_vcardFailed;
    public static String details_fullName;
    public static String details_vcardNickname;
    public static String details_email;
    public static String details_organization;
    public static String details_photoBroken;
    public static String details_close;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
