package org.causerie.example.attention.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The plugin's one setting, in its instance-scope Eclipse preferences (the
 * workspace's {@code .metadata/.plugins/org.eclipse.core.runtime/.settings}), so
 * it outlives the plugin's bundle being stopped or updated.
 */
final class AttentionSettings {

    /** The preference node (the plugin's symbolic name). */
    static final String NODE = "org.causerie.example.attention";
    /** Whether buzzes are accepted only from contacts in the account's roster. */
    static final String ROSTER_ONLY = "rosterOnly";

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);

    boolean rosterOnly() {
        return node.getBoolean(ROSTER_ONLY, false);
    }

    /** Stores the setting and writes it to disk; a write failure is the caller's to tell. */
    void setRosterOnly(boolean rosterOnly) throws BackingStoreException {
        node.putBoolean(ROSTER_ONLY, rosterOnly);
        node.flush();
    }
}
