package org.causerie.plugins.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.causerie.plugins.store.PluginStore;
import org.osgi.framework.BundleContext;

/**
 * Where the plugin store is: the folder named by {@value PluginStore#LOCATION_PROPERTY}
 * when set, else {@code <workspace>/.metadata/.plugins/org.causerie.plugins/store}
 * (the instance area, {@code -data}), else this bundle's data area.
 */
final class StoreLocation {

    private StoreLocation() {
    }

    static Path of(BundleContext context) {
        String explicit = context.getProperty(PluginStore.LOCATION_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String instance = context.getProperty("osgi.instance.area");
        if (instance != null && instance.startsWith("file:")) {
            try {
                return Path.of(new URI(instance.replace(" ", "%20"))).resolve(".metadata/.plugins/org.causerie.plugins/store");
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to the data area
            }
        }
        return context.getDataFile("store").toPath();
    }
}
