package org.causerie.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.causerie.plugins.PluginException;
import org.causerie.plugins.store.BundleDescriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Plugin bundles in the framework. A plugin bundle is installed from the store's
 * copy of its jar with the location {@value #LOCATION_PREFIX}{@code <id>}, so it
 * is found again whatever the framework kept across a restart.
 */
final class PluginBundles {

    /** The location prefix of every plugin bundle. */
    static final String LOCATION_PREFIX = "causerie-plugin:";

    private final BundleContext context;

    PluginBundles(BundleContext context) {
        this.context = context;
    }

    Optional<Bundle> find(String id) {
        return Optional.ofNullable(context.getBundle(LOCATION_PREFIX + id));
    }

    /** @return every bundle installed as a plugin */
    List<Bundle> all() {
        return Arrays.stream(context.getBundles()).filter(b -> b.getLocation().startsWith(LOCATION_PREFIX)).toList();
    }

    /** @return the symbolic names of the platform's own bundles */
    Set<String> platformIds() {
        return Arrays.stream(context.getBundles()).filter(b -> !b.getLocation().startsWith(LOCATION_PREFIX))
                .map(Bundle::getSymbolicName).filter(n -> n != null).collect(Collectors.toSet());
    }

    /** Installs the bundle, or updates it when a different version is installed. */
    Bundle installOrUpdate(BundleDescriptor bundle) throws PluginException {
        Optional<Bundle> existing = find(bundle.id());
        try (InputStream in = Files.newInputStream(bundle.jar())) {
            if (existing.isEmpty()) {
                return context.installBundle(LOCATION_PREFIX + bundle.id(), in);
            }
            if (!existing.get().getVersion().toString().equals(bundle.version())) {
                existing.get().update(in);
            }
            return existing.get();
        } catch (IOException | BundleException | IllegalStateException e) {
            throw framework(bundle.id(), bundle.id() + " cannot be installed: ", Problems.describe(e), e);
        }
    }

    /** Resolves the bundles together, as far as they can be; failures show when they start. */
    void resolve(Collection<Bundle> bundles) {
        wiring().resolveBundles(bundles);
    }

    /**
     * Uninstalls the bundles and refreshes the framework, so the wirings to them
     * go and their class loaders can be collected; returns when the refresh is done.
     */
    void uninstall(Collection<Bundle> bundles) throws PluginException {
        for (Bundle bundle : bundles) {
            try {
                bundle.uninstall();
            } catch (BundleException | IllegalStateException e) {
                throw framework(bundle.getSymbolicName(), bundle.getSymbolicName() + " cannot be removed: ",
                        Problems.describe(e), e);
            }
        }
        refresh(bundles);
    }

    void refresh(Collection<Bundle> bundles) throws PluginException {
        CountDownLatch done = new CountDownLatch(1);
        wiring().refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw framework("", "", "the platform did not finish letting the plugin go within a minute", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw framework("", "", "interrupted while letting the plugin go", e);
        }
    }

    private static PluginException framework(String id, String prefix, String detail, Throwable cause) {
        return new PluginException(PluginException.Reason.FRAMEWORK, prefix + detail, List.of(id, detail), cause);
    }

    private FrameworkWiring wiring() {
        return context.getBundle(0).adapt(FrameworkWiring.class);
    }

    static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get("Fragment-Host") != null;
    }
}
