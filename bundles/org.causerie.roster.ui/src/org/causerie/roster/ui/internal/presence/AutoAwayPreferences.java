package org.causerie.roster.ui.internal.presence;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** Auto-away settings in the instance preferences of this bundle. */
public final class AutoAwayPreferences {

    static final String NODE = "org.causerie.roster.ui";
    static final String ENABLED = "autoAway.enabled";
    static final String AWAY = "autoAway.awayMinutes";
    static final String XA = "autoAway.xaMinutes";

    private AutoAwayPreferences() {
    }

    /** @return the stored settings; the defaults when none or when they are not valid */
    public static AutoAwaySettings load() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        AutoAwaySettings defaults = AutoAwaySettings.DEFAULT;
        try {
            return new AutoAwaySettings(node.getBoolean(ENABLED, defaults.enabled()),
                    node.getInt(AWAY, defaults.awayMinutes()), node.getInt(XA, defaults.xaMinutes()));
        } catch (IllegalArgumentException e) {
            return defaults;
        }
    }

    /** Stores the settings. @throws BackingStoreException when they cannot be written */
    public static void save(AutoAwaySettings settings) throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.putBoolean(ENABLED, settings.enabled());
        node.putInt(AWAY, settings.awayMinutes());
        node.putInt(XA, settings.xaMinutes());
        node.flush();
    }
}
