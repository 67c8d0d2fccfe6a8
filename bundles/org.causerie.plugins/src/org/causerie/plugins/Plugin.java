package org.causerie.plugins;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An installed plugin bundle, as the plugin manager shows it.
 *
 * @param id the bundle's symbolic name
 * @param name the bundle's name (Bundle-Name), or its id
 * @param version the bundle's version
 * @param vendor the bundle's vendor (Bundle-Vendor), empty when it names none
 * @param xeps the XEPs it implements, from its {@value #XEPS_HEADER} header, e.g. "XEP-0224"
 * @param state where it stands now
 * @param problem why it failed, in words, when it did
 */
public record Plugin(String id, String name, String version, String vendor, Set<String> xeps, PluginState state,
        Optional<String> problem) {

    /** The manifest header listing the XEP numbers a plugin implements, e.g. {@code Causerie-Xeps: 0224, 0085}. */
    public static final String XEPS_HEADER = "Causerie-Xeps";

    public Plugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(vendor, "vendor");
        xeps = Set.copyOf(xeps);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(problem, "problem");
    }
}
