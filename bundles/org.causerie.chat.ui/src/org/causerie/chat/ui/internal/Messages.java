package org.causerie.chat.ui.internal;

import org.causerie.chat.ChatState;
import org.causerie.chat.DeliveryState;
import org.causerie.chat.ui.internal.text.MessageFormatter;
import org.eclipse.osgi.util.NLS;

/**
 * Every string the chat UI shows, from {@code Messages.properties} and its
 * translations ({@code Messages_fr.properties}), for the platform's locale.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.chat.ui.internal.Messages"; //$NON-NLS-1$

    public static String part_tooltip;
    public static String header_account;
    public static String resource_label;
    public static String resource_auto;
    public static String resource_item;
    public static String resource_offline;
    public static String me;
    public static String state_QUEUED;
    public static String state_SENT;
    public static String state_DELIVERED;
    public static String state_FAILED;
    public static String corrected;
    public static String delayed;
    public static String showWhole;
    public static String peer_COMPOSING;
    public static String peer_PAUSED;
    public static String peer_INACTIVE;
    public static String peer_GONE;
    public static String notice_correcting;
    public static String notice_nothingToCorrect;
    public static String notice_notSent;
    public static String notice_tooLong;
    public static String notice_notConnected;
    public static String notice_linkFailed;
    public static String notice_invalidCharacters;
    public static String menu_copy;
    public static String menu_selectAll;
    public static String menu_editLast;
    public static String menu_emoticonPictures;
    public static String whole_title;
    public static String notification_title;
    public static String notification_account;
    public static String notification_more;
    public static String panel_failed;
    public static String input_hint;
    public static String mode_AVAILABLE;
    public static String mode_CHAT;
    public static String mode_AWAY;
    public static String mode_XA;
    public static String mode_DND;
    public static String mode_INVISIBLE;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** @return a delivery state in words */
    public static String state(DeliveryState state) {
        return switch (state) {
            case QUEUED -> state_QUEUED;
            case SENT -> state_SENT;
            case DELIVERED -> state_DELIVERED;
            case FAILED -> state_FAILED;
        };
    }

    /** @return a presence mode in words */
    public static String mode(org.causerie.core.PresenceMode mode) {
        return switch (mode) {
            case AVAILABLE -> mode_AVAILABLE;
            case CHAT -> mode_CHAT;
            case AWAY -> mode_AWAY;
            case XA -> mode_XA;
            case DND -> mode_DND;
            case INVISIBLE -> mode_INVISIBLE;
        };
    }

    /** @return what the status line says about the peer in that chat state; empty for active */
    public static String peerState(ChatState state, String peer) {
        return switch (state) {
            case ACTIVE -> "";
            case COMPOSING -> NLS.bind(peer_COMPOSING, peer);
            case PAUSED -> NLS.bind(peer_PAUSED, peer);
            case INACTIVE -> NLS.bind(peer_INACTIVE, peer);
            case GONE -> NLS.bind(peer_GONE, peer);
        };
    }

    /** @return the formatter's words in the user's language */
    public static MessageFormatter.Labels labels() {
        return new MessageFormatter.Labels() {
            @Override
            public String me() {
                return Messages.me;
            }

            @Override
            public String state(DeliveryState state) {
                return Messages.state(state);
            }

            @Override
            public String corrected() {
                return Messages.corrected;
            }

            @Override
            public String delayed() {
                return Messages.delayed;
            }

            @Override
            public String showWhole(String length) {
                return NLS.bind(Messages.showWhole, length);
            }
        };
    }
}
