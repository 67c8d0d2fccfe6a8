package org.causerie.app.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The Preferences dialog's strings, from {@code Messages.properties} and its translations. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.app.internal.preferences.Messages"; //$NON-NLS-1$

    public static String prefs_title;
    public static String prefs_none;
    public static String prefs_ok;
    public static String prefs_apply;
    public static String prefs_cancel;
    public static String prefs_invalid;
    public static String prefs_createFailed;
    public static String prefs_applyFailed;
    public static String prefs_applied;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
