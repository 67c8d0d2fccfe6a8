package org.causerie.pubsub.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Every string the publish-subscribe UI shows, from {@code Messages.properties}
 * and its translations ({@code Messages_fr.properties}), for the platform's locale.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.pubsub.ui.internal.Messages"; //$NON-NLS-1$

    public static String action_atom;
    public static String action_configure;
    public static String action_create;
    public static String action_delete;
    public static String action_more;
    public static String action_options;
    public static String action_owner;
    public static String action_purge;
    public static String action_retract;
    public static String action_subscribe;
    public static String action_subscriptions;
    public static String action_unsubscribe;
    public static String action_xml;
    public static String affiliation_member;
    public static String affiliation_none;
    public static String affiliation_outcast;
    public static String affiliation_owner;
    public static String affiliation_publishOnly;
    public static String affiliation_publisher;
    public static String atom_body;
    public static String atom_entryTitle;
    public static String atom_link;
    public static String atom_message;
    public static String atom_needTitle;
    public static String atom_title;
    public static String browser_account;
    public static String browser_chooseNode;
    public static String browser_count;
    public static String browser_failed;
    public static String browser_itemCount;
    public static String browser_itemPage;
    public static String browser_kind;
    public static String browser_loading;
    public static String browser_noService;
    public static String browser_nodeNamed;
    public static String browser_refresh;
    public static String browser_service;
    public static String column_account;
    public static String column_affiliation;
    public static String column_content;
    public static String column_event;
    public static String column_field;
    public static String column_item;
    public static String column_jid;
    public static String column_node;
    public static String column_publisher;
    public static String column_state;
    public static String column_time;
    public static String column_value;
    public static String configure_message;
    public static String configure_title;
    public static String options_message;
    public static String options_title;
    public static String options_unsupported;
    public static String confirm_delete;
    public static String confirm_purge;
    public static String create_kind;
    public static String create_message;
    public static String create_name;
    public static String create_needName;
    public static String create_title;
    public static String dialog_failed;
    public static String dialog_sending;
    public static String done_deleted;
    public static String done_published;
    public static String done_purged;
    public static String done_retracted;
    public static String done_subscribed;
    public static String done_options;
    public static String done_unsubscribed;
    public static String error_badRequest;
    public static String error_chooseItem;
    public static String error_chooseNode;
    public static String error_chooseService;
    public static String error_conflict;
    public static String error_forbidden;
    public static String error_noAccount;
    public static String error_noResponse;
    public static String error_notConnected;
    public static String error_notFound;
    public static String error_notSupported;
    public static String error_other;
    public static String error_withDetail;
    public static String event_deleted;
    public static String event_published;
    public static String event_purged;
    public static String event_retracted;
    public static String form_failed;
    public static String form_loading;
    public static String form_problems;
    public static String item_noPayload;
    public static String item_truncated;
    public static String item_wholeTitle;
    public static String kind_collection;
    public static String kind_leaf;
    public static String notifications_intro;
    public static String notifications_popups;
    public static String owner_affiliations;
    public static String owner_approve;
    public static String owner_badJid;
    public static String owner_chooseSubscriber;
    public static String owner_message;
    public static String owner_remove;
    public static String owner_set;
    public static String owner_subscribers;
    public static String owner_title;
    public static String pep_activity;
    public static String pep_label;
    public static String pep_tuneLabel;
    public static String pep_geolocLabel;
    public static String pep_avatarValue;
    public static String pep_geoloc;
    public static String pep_mood;
    public static String pep_nick;
    public static String pep_tune;
    public static String popup_account;
    public static String popup_title;
    public static String presence_account;
    public static String presence_activity;
    public static String presence_activityText;
    public static String presence_artist;
    public static String presence_avatar;
    public static String presence_avatarChosen;
    public static String presence_avatarUnchanged;
    public static String presence_badAvatar;
    public static String presence_badCoordinates;
    public static String presence_chooseAvatar;
    public static String presence_country;
    public static String presence_lat;
    public static String presence_locality;
    public static String presence_lon;
    public static String presence_message;
    public static String presence_mood;
    public static String presence_moodText;
    public static String presence_nick;
    public static String presence_none;
    public static String presence_notANumber;
    public static String presence_removeAvatar;
    public static String presence_source;
    public static String presence_title;
    public static String presence_tuneTitle;
    public static String state_none;
    public static String state_pending;
    public static String state_subscribed;
    public static String state_unconfigured;
    public static String subscriptions_message;
    public static String subscriptions_chooseRow;
    public static String subscriptions_title;
    public static String xml_invalid;
    public static String xml_itemId;
    public static String xml_message;
    public static String xml_payload;
    public static String xml_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
