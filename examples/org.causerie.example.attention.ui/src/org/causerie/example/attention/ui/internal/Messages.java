package org.causerie.example.attention.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings the attention UI shows, from Messages.properties and its translations. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.example.attention.ui.internal.Messages"; //$NON-NLS-1$

    public static String action_buzz;
    public static String panel_title;
    public static String panel_none;
    public static String panel_received;
    public static String panel_sent;
    public static String panel_send;
    public static String error_title;
    public static String error_text;
    public static String page_title;
    public static String page_rosterOnly;
    public static String page_rosterOnlyExplained;
    public static String renderer_label;
    public static String renderer_received;
    public static String renderer_sent;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
