package org.causerie.filetransfer.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;

import org.causerie.filetransfer.FileTransferSettings;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The settings in Eclipse preferences (instance scope, node
 * {@code org.causerie.filetransfer}): the local port, the size limit, whether to
 * offer the MD5, and one
 * child node {@code proxies} with a key per account id. A value that does not
 * parse falls back to the default, so a hand-edited file cannot stop the bundle.
 */
final class SettingsStore {

    private static final Logger LOG = System.getLogger(SettingsStore.class.getName());
    static final String PORT = "socks5.port";
    static final String LIMIT = "size.limit";
    static final String PROXIES = "proxies";
    static final String OFFER_HASH = "offer.md5";

    private final Preferences node;

    SettingsStore(Preferences node) {
        this.node = node;
    }

    FileTransferSettings load() {
        FileTransferSettings defaults = FileTransferSettings.defaults();
        try {
            int port = node.getInt(PORT, defaults.localPort());
            long limit = node.getLong(LIMIT, defaults.sizeLimit());
            boolean offerHash = node.getBoolean(OFFER_HASH, defaults.offerHash());
            Map<String, String> proxies = new HashMap<>();
            Preferences children = node.node(PROXIES);
            for (String account : children.keys()) {
                proxies.put(account, children.get(account, ""));
            }
            return new FileTransferSettings(port, limit, proxies, offerHash);
        } catch (BackingStoreException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "file transfer settings unreadable; using the defaults", e);
            return defaults;
        }
    }

    void save(FileTransferSettings settings) {
        node.putInt(PORT, settings.localPort());
        node.putLong(LIMIT, settings.sizeLimit());
        node.putBoolean(OFFER_HASH, settings.offerHash());
        try {
            Preferences proxies = node.node(PROXIES);
            proxies.clear();
            settings.proxies().forEach(proxies::put);
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.WARNING, "file transfer settings not saved; kept for this session", e);
        }
    }
}
