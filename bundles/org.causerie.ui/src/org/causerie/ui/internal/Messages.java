package org.causerie.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The strings the shared UI pieces show (the data form renderer, the whole-message window), from
 * {@code Messages.properties} and its translations, for the platform's locale.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.ui.internal.Messages"; //$NON-NLS-1$

    public static String form_required;
    public static String form_noChoice;
    public static String form_oneJidPerLine;
    public static String form_problems;
    public static String problem_REQUIRED;
    public static String problem_NOT_A_JID;
    public static String problem_NOT_AN_OPTION;
    public static String whole_copy;
    public static String whole_close;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
