package org.causerie.plugins.ui.internal;

import org.causerie.plugins.PluginException;
import org.causerie.plugins.PluginState;
import org.eclipse.osgi.util.NLS;

/** The strings the Plugins view shows, from Messages.properties and its translations. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.causerie.plugins.ui.internal.Messages"; //$NON-NLS-1$

    public static String view_intro;
    public static String view_installFrom;
    public static String view_chooseFile;
    public static String view_chooseFolder;
    public static String view_install;
    public static String view_enable;
    public static String view_disable;
    public static String view_uninstall;
    public static String view_empty;
    public static String column_name;
    public static String column_version;
    public static String column_vendor;
    public static String column_xeps;
    public static String column_state;
    public static String state_ACTIVE;
    public static String state_DISABLED;
    public static String state_FAILED;
    public static String state_STORED;
    public static String status_working;
    public static String status_installed;
    public static String status_notRunning;
    public static String status_enabled;
    public static String status_disabled;
    public static String status_uninstalled;
    public static String status_failed;
    public static String status_noSource;
    public static String problem_of;
    public static String dialog_file;
    public static String dialog_folder;
    public static String error_NOT_FOUND;
    public static String error_NOT_A_SOURCE;
    public static String error_NO_JAR;
    public static String error_NOT_A_BUNDLE;
    public static String error_UNREADABLE;
    public static String error_REFUSED_SECURE_STORAGE;
    public static String error_REFUSED_INTERNALS;
    public static String error_REFUSED_DYNAMIC_IMPORT;
    public static String error_REFUSED_FRAGMENT;
    public static String error_REFUSED_PLATFORM_NAME;
    public static String error_NOT_INSTALLED;
    public static String error_FRAGMENT;
    public static String error_STORE;
    public static String error_FRAMEWORK;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** @return why an operation failed, in the user's language */
    public static String error(PluginException error) {
        String pattern = switch (error.reason()) {
            case NOT_FOUND -> error_NOT_FOUND;
            case NOT_A_SOURCE -> error_NOT_A_SOURCE;
            case NO_JAR -> error_NO_JAR;
            case NOT_A_BUNDLE -> error_NOT_A_BUNDLE;
            case UNREADABLE -> error_UNREADABLE;
            case REFUSED_SECURE_STORAGE -> error_REFUSED_SECURE_STORAGE;
            case REFUSED_INTERNALS -> error_REFUSED_INTERNALS;
            case REFUSED_DYNAMIC_IMPORT -> error_REFUSED_DYNAMIC_IMPORT;
            case REFUSED_FRAGMENT -> error_REFUSED_FRAGMENT;
            case REFUSED_PLATFORM_NAME -> error_REFUSED_PLATFORM_NAME;
            case NOT_INSTALLED -> error_NOT_INSTALLED;
            case FRAGMENT -> error_FRAGMENT;
            case STORE -> error_STORE;
            case FRAMEWORK -> error_FRAMEWORK;
        };
        return NLS.bind(pattern, error.arguments().toArray());
    }

    /** @return the state in the user's language */
    public static String state(PluginState state) {
        return switch (state) {
            case ACTIVE -> state_ACTIVE;
            case DISABLED -> state_DISABLED;
            case FAILED -> state_FAILED;
            case STORED -> state_STORED;
        };
    }
}
