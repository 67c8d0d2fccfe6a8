package org.causerie.muc.ui.internal;

import java.util.Locale;

import org.causerie.core.PresenceMode;
import org.causerie.muc.Affiliation;
import org.causerie.muc.Role;
import org.eclipse.osgi.util.NLS;

/**
 * Every string the rooms UI shows, from {@code Messages.properties} and its
 * translations ({@code Messages_fr.properties}), for the platform's locale.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.muc.ui.internal.Messages"; //$NON-NLS-1$

    public static String affiliation_admin;
    public static String affiliation_member;
    public static String affiliation_none;
    public static String affiliation_outcast;
    public static String affiliation_owner;
    public static String ban_title;
    public static String bookmark_autojoin;
    public static String bookmark_name;
    public static String bookmark_title;
    public static String browser_address;
    public static String browser_bookmark;
    public static String browser_chooseFirst;
    public static String browser_count;
    public static String browser_description;
    public static String browser_failed;
    public static String browser_filter;
    public static String browser_join;
    public static String browser_list;
    public static String browser_loading;
    public static String browser_name;
    public static String browser_occupants;
    public static String browser_title;
    public static String configure_button;
    public static String configure_failed;
    public static String configure_failedLoad;
    public static String configure_loading;
    public static String configure_message;
    public static String configure_problems;
    public static String configure_sending;
    public static String configure_title;
    public static String create_button;
    public static String create_configure;
    public static String create_creating;
    public static String create_instant;
    public static String create_message;
    public static String create_title;
    public static String destroy_button;
    public static String destroy_message;
    public static String destroy_reason;
    public static String destroy_title;
    public static String destroy_venue;
    public static String entry_archive;
    public static String entry_showWhole;
    public static String entry_history;
    public static String entry_room;
    public static String error_BANNED;
    public static String error_MEMBERS_ONLY;
    public static String error_NICK_IN_USE;
    public static String error_NOT_ALLOWED;
    public static String error_NOT_CONNECTED;
    public static String error_OTHER;
    public static String error_PASSWORD_REQUIRED;
    public static String error_ROOM_FULL;
    public static String error_ROOM_LOCKED;
    public static String error_ROOM_NOT_FOUND;
    public static String error_SERVICE_UNREACHABLE;
    public static String error_addContact;
    public static String error_affiliation;
    public static String error_archive;
    public static String error_ban;
    public static String error_bookmark;
    public static String error_configure;
    public static String error_create;
    public static String error_decline;
    public static String error_destroy;
    public static String error_invite;
    public static String error_kick;
    public static String error_leave;
    public static String error_link;
    public static String error_nick;
    public static String error_nickInUseSuggested;
    public static String error_nickMissing;
    public static String error_noAccount;
    public static String error_noRealJid;
    public static String error_noService;
    public static String error_notAJid;
    public static String error_notARoom;
    public static String error_role;
    public static String error_roomMissing;
    public static String error_send;
    public static String error_serviceMissing;
    public static String error_subject;
    public static String error_title;
    public static String error_tool;
    public static String error_unknown;
    public static String event_AFFILIATION_CHANGED;
    public static String event_BANNED;
    public static String event_DESTROYED;
    public static String event_DESTROYED_VENUE;
    public static String event_JOINED;
    public static String event_KICKED;
    public static String event_LEFT;
    public static String event_NICK_CHANGED;
    public static String event_REMOVED;
    public static String event_ROLE_CHANGED;
    public static String event_SUBJECT;
    public static String event_SUBJECT_CHANGED;
    public static String event_INVITATION_DECLINED;
    public static String event_by;
    public static String event_reason;
    public static String field_account;
    public static String field_nick;
    public static String field_password;
    public static String field_passwordOptional;
    public static String field_room;
    public static String field_roomHint;
    public static String field_service;
    public static String group_MODERATOR;
    public static String group_PARTICIPANT;
    public static String group_VISITOR;
    public static String header_account;
    public static String header_as;
    public static String header_changeSubject;
    public static String header_noSubject;
    public static String header_older;
    public static String header_subject;
    public static String input_hint;
    public static String invitation_account;
    public static String invitation_decline;
    public static String invitation_join;
    public static String invitation_text;
    public static String invitation_textReason;
    public static String invitation_title;
    public static String invite_direct;
    public static String invite_mediated;
    public static String invite_message;
    public static String invite_reason;
    public static String invite_title;
    public static String invite_who;
    public static String join_button;
    public static String join_joining;
    public static String join_message;
    public static String join_recent;
    public static String join_recentItem;
    public static String join_title;
    public static String kick_title;
    public static String list_ADMIN;
    public static String list_MEMBER;
    public static String list_OUTCAST;
    public static String list_OWNER;
    public static String list_add;
    public static String list_changeFailed;
    public static String list_columnJid;
    public static String list_columnReason;
    public static String list_count;
    public static String list_failed;
    public static String list_jid;
    public static String list_loading;
    public static String list_nick;
    public static String list_reason;
    public static String list_remove;
    public static String list_title;
    public static String locked_configure;
    public static String locked_instant;
    public static String locked_leave;
    public static String locked_question;
    public static String locked_title;
    public static String missing_cancel;
    public static String missing_question;
    public static String mode_AVAILABLE;
    public static String mode_AWAY;
    public static String mode_CHAT;
    public static String mode_DND;
    public static String mode_INVISIBLE;
    public static String mode_XA;
    public static String nick_message;
    public static String nick_title;
    public static String notice_contactAdded;
    public static String notice_left;
    public static String notice_loadingOlder;
    public static String notice_noOlder;
    public static String notice_older;
    public static String occupant_addContact;
    public static String occupant_admin;
    public static String occupant_ban;
    public static String occupant_grantModerator;
    public static String occupant_grantVoice;
    public static String occupant_kick;
    public static String occupant_member;
    public static String occupant_noAffiliation;
    public static String occupant_owner;
    public static String occupant_private;
    public static String occupant_revokeModerator;
    public static String occupant_revokeVoice;
    public static String occupant_you;
    public static String part_labelAccount;
    public static String part_tooltip;
    public static String reason_message;
    public static String role_moderator;
    public static String role_none;
    public static String role_participant;
    public static String role_visitor;
    public static String room_admins;
    public static String room_bans;
    public static String room_bookmark;
    public static String room_configure;
    public static String room_destroy;
    public static String room_invite;
    public static String room_leave;
    public static String room_members;
    public static String room_menu;
    public static String room_nick;
    public static String room_owners;
    public static String room_subject;
    public static String subject_message;
    public static String subject_title;
    public static String tab_private;
    public static String tab_room;
    public static String whole_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** @return a role as on the wire ("moderator", ...) in words; unknown ones as they are */
    public static String role(String wire) {
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "moderator" -> role_moderator;
            case "participant" -> role_participant;
            case "visitor" -> role_visitor;
            case "none" -> role_none;
            default -> wire;
        };
    }

    /** @return an affiliation as on the wire ("owner", ...) in words; unknown ones as they are */
    public static String affiliation(String wire) {
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "owner" -> affiliation_owner;
            case "admin" -> affiliation_admin;
            case "member" -> affiliation_member;
            case "outcast" -> affiliation_outcast;
            case "none" -> affiliation_none;
            default -> wire;
        };
    }

    /** @return the heading of a role's group in the occupant list ({0}: how many) */
    public static String group(Role role) {
        return switch (role) {
            case MODERATOR -> group_MODERATOR;
            case PARTICIPANT -> group_PARTICIPANT;
            case VISITOR, NONE -> group_VISITOR;
        };
    }

    /** @return the name of an affiliation list (bans, members, admins, owners) */
    public static String list(Affiliation affiliation) {
        return switch (affiliation) {
            case OWNER -> list_OWNER;
            case ADMIN -> list_ADMIN;
            case MEMBER -> list_MEMBER;
            case OUTCAST, NONE -> list_OUTCAST;
        };
    }

    /** @return a presence mode in words */
    public static String mode(PresenceMode mode) {
        return switch (mode) {
            case AVAILABLE -> mode_AVAILABLE;
            case CHAT -> mode_CHAT;
            case AWAY -> mode_AWAY;
            case XA -> mode_XA;
            case DND -> mode_DND;
            case INVISIBLE -> mode_INVISIBLE;
        };
    }
}
