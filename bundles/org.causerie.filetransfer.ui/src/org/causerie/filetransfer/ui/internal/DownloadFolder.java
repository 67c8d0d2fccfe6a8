package org.causerie.filetransfer.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The default download folder preference: {@code ~/Downloads} until the user chooses another. */
public final class DownloadFolder {

    static final String NODE = "org.causerie.filetransfer.ui";
    static final String KEY = "download.folder";

    private DownloadFolder() {
    }

    public static Path get() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        String value = node.get(KEY, null);
        return value == null || value.isBlank() ? Path.of(System.getProperty("user.home"), "Downloads")
                : Path.of(value);
    }

    public static void set(Path folder) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.put(KEY, folder.toAbsolutePath().toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this session
        }
    }
}
