package org.causerie.filetransfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.FileTransferSettings;
import org.causerie.testing.sessions.Services;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

/** The settings survive in Eclipse preferences; a hand-broken value falls back to the defaults. */
class SettingsStoreTest {

    @Test
    void configuredSettingsAreKept() {
        FileTransferService service = Services.get(FileTransferService.class);
        FileTransferSettings before = service.settings();
        try {
            FileTransferSettings mine = before.withLocalPort(17777).withSizeLimit(12345)
                    .withProxy("account-1", "proxy.example.org 192.0.2.1:7777").withOfferHash(!before.offerHash());
            service.configure(mine);
            assertEquals(mine, new SettingsStore(InstanceScope.INSTANCE.getNode("org.causerie.filetransfer")).load());
        } finally {
            service.configure(before);
        }
    }

    @Test
    void brokenValuesFallBackToTheDefaults() throws Exception {
        Preferences node = InstanceScope.INSTANCE.getNode("org.causerie.filetransfer.test-broken");
        node.put(SettingsStore.PORT, "99999");
        node.put(SettingsStore.LIMIT, "a lot");
        assertEquals(FileTransferSettings.defaults(), new SettingsStore(node).load());
        node.put(SettingsStore.PORT, "not a port");
        node.putLong(SettingsStore.LIMIT, 10);
        assertEquals(FileTransferSettings.defaults().withSizeLimit(10), new SettingsStore(node).load());
        node.removeNode();
    }
}
