package org.causerie.chat.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Whether emoticons are shown as pictures (the default) or as their text, a
 * preference shared by every editor: changing it in one changes all.
 */
final class EmoticonPreference {

    static final String NODE = "org.causerie.chat.ui";
    static final String KEY = "emoticons.pictures";

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
    private IPreferenceChangeListener listener;

    boolean pictures() {
        return node.getBoolean(KEY, true);
    }

    void set(boolean on) {
        node.putBoolean(KEY, on);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this session
        }
    }

    /** @param changed told the new value, on any thread */
    void listen(Consumer<Boolean> changed) {
        listener = event -> {
            if (KEY.equals(event.getKey())) {
                changed.accept(pictures());
            }
        };
        node.addPreferenceChangeListener(listener);
    }

    void close() {
        if (listener != null) {
            node.removePreferenceChangeListener(listener);
        }
    }
}
