package org.causerie.plugins.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.causerie.plugins.PluginException;
import org.causerie.plugins.PluginException.Reason;

/**
 * What a plugin's manifest may not ask for. A plugin runs in Causerie's process:
 * these rules keep the ordinary ways to the user's passwords closed (see
 * docs/plugins.md, "What a plugin can reach"); they are not a sandbox.
 * <ul>
 * <li>no wiring to Eclipse secure storage ({@code org.eclipse.equinox.security*}),
 * where account passwords are kept;</li>
 * <li>no import of a Causerie {@code internal} package and no Require-Bundle of
 * a Causerie bundle (that would expose its internal packages);</li>
 * <li>no DynamicImport-Package (it would reach any package later);</li>
 * <li>no fragment of a bundle other than one installed with it (a fragment shares
 * its host's class loader);</li>
 * <li>no plugin with the symbolic name of a platform bundle.</li>
 * </ul>
 */
public final class PluginPolicy {

    private PluginPolicy() {
    }

    /**
     * @param candidates the bundles to install together
     * @param platformIds symbolic names of the platform's own bundles
     * @param pluginIds symbolic names of plugins already installed
     * @throws PluginException naming the first bundle that breaks a rule, and the rule
     */
    public static void check(Collection<BundleDescriptor> candidates, Set<String> platformIds, Set<String> pluginIds)
            throws PluginException {
        Set<String> together = candidates.stream().map(BundleDescriptor::id).collect(Collectors.toSet());
        for (BundleDescriptor bundle : candidates) {
            if (platformIds.contains(bundle.id())) {
                throw refused(bundle, Reason.REFUSED_PLATFORM_NAME, "it has the name of a bundle of Causerie itself",
                        List.of());
            }
            for (String wire : bundle.wiring()) {
                String target = wire.substring(wire.indexOf(':') + 2);
                if (target.startsWith("org.eclipse.equinox.security")) {
                    throw refused(bundle, Reason.REFUSED_SECURE_STORAGE,
                            "it asks for secure storage, where passwords are kept (" + wire + ")", List.of(wire));
                }
                if (wire.startsWith("DynamicImport-Package")) {
                    throw refused(bundle, Reason.REFUSED_DYNAMIC_IMPORT,
                            "it asks for any package at run time (" + wire + ")", List.of(wire));
                }
                if (target.startsWith("org.causerie.") && (target.contains(".internal")
                        || wire.startsWith("Require-Bundle"))) {
                    throw refused(bundle, Reason.REFUSED_INTERNALS,
                            "it reaches inside Causerie (" + wire + "); use Import-Package of API packages",
                            List.of(wire));
                }
            }
            if (bundle.fragmentHost().isPresent() && !together.contains(bundle.fragmentHost().get())
                    && !pluginIds.contains(bundle.fragmentHost().get())) {
                throw refused(bundle, Reason.REFUSED_FRAGMENT, "it is a fragment of " + bundle.fragmentHost().get()
                        + ", which is not a plugin", List.of(bundle.fragmentHost().get()));
            }
        }
    }

    private static PluginException refused(BundleDescriptor bundle, Reason reason, String why, List<String> detail) {
        List<String> arguments = new ArrayList<>(List.of(String.valueOf(bundle.jar().getFileName()), bundle.id()));
        arguments.addAll(detail);
        return new PluginException(reason, bundle.jar().getFileName() + " (" + bundle.id() + ") cannot be a plugin: "
                + why, arguments);
    }
}
