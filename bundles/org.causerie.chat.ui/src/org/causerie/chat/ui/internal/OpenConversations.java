package org.causerie.chat.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.causerie.chat.ConversationId;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The conversations whose editors were open, kept in the instance preferences so
 * that the next start reopens them (the workbench model itself is not persisted:
 * the product clears it on every start).
 */
final class OpenConversations {

    static final String NODE = "org.causerie.chat.ui";
    private static final String KEY = "open.conversations";

    private OpenConversations() {
    }

    static List<ConversationId> load() {
        String stored = preferences().get(KEY, "");
        List<ConversationId> ids = new ArrayList<>();
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                try {
                    ids.add(new ConversationId(line.substring(0, tab), line.substring(tab + 1)));
                } catch (IllegalArgumentException e) {
                    // a damaged entry: skip it
                }
            }
        }
        return ids;
    }

    static void save(List<ConversationId> ids) {
        StringBuilder value = new StringBuilder();
        ids.forEach(id -> value.append(id.accountId()).append('\t').append(id.peer()).append('\n'));
        IEclipsePreferences node = preferences();
        if (value.toString().equals(node.get(KEY, ""))) {
            return;
        }
        node.put(KEY, value.toString());
        // written to disk off the caller's (display) thread
        CompletableFuture.runAsync(() -> {
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // kept in memory; written with the next change or at exit
            }
        });
    }

    static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
