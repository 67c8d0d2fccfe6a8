package org.causerie.whiteboard.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Every string the whiteboard UI shows, from {@code Messages.properties} and its
 * translations ({@code Messages_fr.properties}), for the platform's locale.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.whiteboard.ui.internal.Messages"; //$NON-NLS-1$

    public static String tool_PEN;
    public static String tool_LINE;
    public static String tool_ARROW;
    public static String tool_RECTANGLE;
    public static String tool_ELLIPSE;
    public static String tool_TEXT;
    public static String tool_SELECT;
    public static String tool_ERASER;
    public static String colour;
    public static String colour_black;
    public static String colour_red;
    public static String colour_green;
    public static String colour_blue;
    public static String colour_orange;
    public static String colour_other;
    public static String width;
    public static String zoomIn;
    public static String zoomOut;
    public static String zoomReset;
    public static String undo;
    public static String redo;
    public static String toFront;
    public static String toBack;
    public static String forward;
    public static String backward;
    public static String selectFirst;
    public static String exportPng;
    public static String exportSvg;
    public static String importImage;
    public static String participants;
    public static String state_INVITING;
    public static String state_JOINING;
    public static String state_SYNCED;
    public static String state_SYNCED_pending;
    public static String state_ENDED;
    public static String rolledBack;
    public static String refused;
    public static String persistenceLoaded;
    public static String persistenceRefused;
    public static String persistenceUnavailable;
    public static String persistenceFailed;
    public static String persistenceNotRecovered;
    public static String error_title;
    public static String error_open;
    public static String error_edit;
    public static String error_export;
    public static String error_import;
    public static String imageTooLarge;
    public static String imageFormat;
    public static String text_title;
    public static String text_prompt;
    public static String author;
    public static String author_unknown;
    public static String action_whiteboard;
    public static String part_room;
    public static String part_direct;
    public static String part_tooltip;
    public static String invitation_title;
    public static String invitation_text;
    public static String offline;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
