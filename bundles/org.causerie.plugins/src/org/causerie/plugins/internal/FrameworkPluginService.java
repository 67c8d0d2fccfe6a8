package org.causerie.plugins.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.causerie.plugins.Plugin;
import org.causerie.plugins.PluginException;
import org.causerie.plugins.PluginListener;
import org.causerie.plugins.PluginService;
import org.causerie.plugins.PluginState;
import org.causerie.plugins.store.BundleDescriptor;
import org.causerie.plugins.store.BundleJars;
import org.causerie.plugins.store.PluginPolicy;
import org.causerie.plugins.store.PluginSource;
import org.causerie.plugins.store.PluginStore;
import org.causerie.plugins.store.StoredPlugin;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The plugin service on the running framework: the store says what is installed
 * and enabled; at activation the framework is brought in line with it (plugins
 * installed, updated, started, stopped, removed), and every operation changes
 * the store and the framework together.
 */
@Component(service = PluginService.class, immediate = true)
public final class FrameworkPluginService implements PluginService {

    private static final Logger LOG = System.getLogger(FrameworkPluginService.class.getName());

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final PluginStore store;
    private final PluginBundles bundles;
    private final Map<String, String> startProblems = new ConcurrentHashMap<>();
    private final List<PluginListener> listeners = new CopyOnWriteArrayList<>();
    private final BundleListener bundleListener = this::bundleChanged;

    @Activate
    public FrameworkPluginService(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        this.store = new PluginStore(StoreLocation.of(context));
        this.bundles = new PluginBundles(context);
        context.addBundleListener(bundleListener);
        load();
    }

    @Deactivate
    public void deactivate() {
        context.removeBundleListener(bundleListener);
    }

    /** Brings the framework in line with the store; a plugin that fails is reported, the others load. */
    private synchronized void load() {
        try {
            List<StoredPlugin> stored = store.list();
            List<String> ids = stored.stream().map(StoredPlugin::id).toList();
            List<Bundle> gone = bundles.all().stream()
                    .filter(b -> !ids.contains(b.getLocation().substring(PluginBundles.LOCATION_PREFIX.length())))
                    .toList();
            if (!gone.isEmpty()) {
                bundles.uninstall(gone);
            }
            startAll(stored);
        } catch (PluginException e) {
            LOG.log(Level.ERROR, "plugins not loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Plugin> install(Path source) throws PluginException {
        List<BundleDescriptor> candidates = new ArrayList<>();
        List<StoredPlugin> added;
        try (PluginSource jars = PluginSource.open(source)) {
            for (Path jar : jars.jars()) {
                candidates.add(BundleJars.read(jar));
            }
            PluginPolicy.check(candidates, bundles.platformIds(),
                    store.list().stream().map(StoredPlugin::id).collect(Collectors.toSet()));
            added = store.add(candidates);
        }
        startAll(added);
        fire();
        List<String> ids = added.stream().map(StoredPlugin::id).toList();
        return plugins().stream().filter(p -> ids.contains(p.id())).toList();
    }

    private void startAll(List<StoredPlugin> plugins) {
        List<Bundle> installed = new ArrayList<>();
        for (StoredPlugin plugin : plugins) {
            try {
                installed.add(bundles.installOrUpdate(plugin.bundle()));
                startProblems.remove(plugin.id());
            } catch (PluginException e) {
                startProblems.put(plugin.id(), e.getMessage());
            }
        }
        bundles.resolve(installed);
        for (StoredPlugin plugin : plugins) {
            bundles.find(plugin.id()).filter(b -> !PluginBundles.isFragment(b)).ifPresent(bundle -> {
                if (plugin.enabled()) {
                    start(plugin.id(), bundle);
                } else {
                    stop(bundle);
                }
            });
        }
    }

    private void start(String id, Bundle bundle) {
        try {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
            startProblems.remove(id);
        } catch (BundleException | IllegalStateException e) {
            startProblems.put(id, Problems.describe(e));
            LOG.log(Level.WARNING, "plugin " + id + " did not start: " + Problems.describe(e));
        }
    }

    private static void stop(Bundle bundle) {
        try {
            bundle.stop();
        } catch (BundleException | IllegalStateException e) {
            LOG.log(Level.WARNING, "plugin " + bundle.getSymbolicName() + " did not stop cleanly", e);
        }
    }

    @Override
    public List<Plugin> plugins() {
        List<StoredPlugin> stored;
        try {
            stored = store.list();
        } catch (PluginException e) {
            LOG.log(Level.ERROR, e.getMessage(), e);
            return List.of();
        }
        return stored.stream().map(this::describe)
                .sorted(Comparator.comparing(Plugin::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private Plugin describe(StoredPlugin stored) {
        BundleDescriptor d = stored.bundle();
        Optional<Bundle> bundle = bundles.find(d.id());
        PluginState state;
        Optional<String> problem = Optional.ofNullable(startProblems.get(d.id()));
        if (bundle.isEmpty()) {
            state = stored.enabled() ? PluginState.FAILED : PluginState.DISABLED;
        } else if (!stored.enabled()) {
            state = PluginState.DISABLED;
            problem = Optional.empty();
        } else if (PluginBundles.isFragment(bundle.get())) {
            state = (bundle.get().getState() & Bundle.RESOLVED) != 0 ? PluginState.ACTIVE : PluginState.FAILED;
        } else if ((bundle.get().getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
            problem = Problems.components(scr, bundle.get());
            state = problem.isPresent() ? PluginState.FAILED : PluginState.ACTIVE;
        } else {
            state = PluginState.FAILED;
        }
        if (state == PluginState.FAILED && problem.isEmpty()) {
            problem = Optional.of("not running");
        }
        return new Plugin(d.id(), d.name(), d.version(), d.vendor(), d.xeps(), state, problem);
    }

    @Override
    public synchronized Plugin enable(String id) throws PluginException {
        StoredPlugin stored = require(id);
        store.setEnabled(id, true);
        startAll(List.of(new StoredPlugin(stored.bundle(), true)));
        fire();
        return describe(require(id));
    }

    @Override
    public synchronized Plugin disable(String id) throws PluginException {
        require(id);
        Optional<Bundle> bundle = bundles.find(id);
        if (bundle.isPresent() && PluginBundles.isFragment(bundle.get())) {
            throw new PluginException(PluginException.Reason.FRAGMENT,
                    id + " is a fragment: it goes with its host; disable the host", List.of(id));
        }
        store.setEnabled(id, false);
        bundle.ifPresent(FrameworkPluginService::stop);
        startProblems.remove(id);
        fire();
        return describe(require(id));
    }

    @Override
    public synchronized void uninstall(String id) throws PluginException {
        require(id);
        Optional<Bundle> bundle = bundles.find(id);
        if (bundle.isPresent()) {
            bundles.uninstall(List.of(bundle.get()));
        }
        store.remove(id);
        startProblems.remove(id);
        fire();
    }

    private StoredPlugin require(String id) throws PluginException {
        return store.find(id).orElseThrow(() -> PluginStore.notInstalled(id));
    }

    @Override
    public void addListener(PluginListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(PluginListener listener) {
        listeners.remove(listener);
    }

    private void bundleChanged(BundleEvent event) {
        if (event.getBundle().getLocation().startsWith(PluginBundles.LOCATION_PREFIX)) {
            fire();
        }
    }

    private void fire() {
        for (PluginListener listener : listeners) {
            try {
                listener.pluginsChanged();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "plugin listener failed", e);
            }
        }
    }
}
