package org.causerie.plugins.store;

import java.util.Objects;

/**
 * A plugin in the store.
 *
 * @param bundle what its manifest says (its jar is the store's copy)
 * @param enabled whether it should run
 */
public record StoredPlugin(BundleDescriptor bundle, boolean enabled) {

    public StoredPlugin {
        Objects.requireNonNull(bundle, "bundle");
    }

    /** @return the plugin's id, its symbolic name */
    public String id() {
        return bundle.id();
    }
}
