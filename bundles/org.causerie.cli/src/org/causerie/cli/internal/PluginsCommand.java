package org.causerie.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.causerie.plugins.PluginException;
import org.causerie.plugins.store.BundleDescriptor;
import org.causerie.plugins.store.BundleJars;
import org.causerie.plugins.store.PluginPolicy;
import org.causerie.plugins.store.PluginSource;
import org.causerie.plugins.store.PluginStore;
import org.causerie.plugins.store.StoredPlugin;

/**
 * {@code causerie-cli plugins list|install PATH|enable ID|disable ID|uninstall ID
 * [--store DIR]}: edits the workbench's plugin store (the folder the workbench
 * loads its plugins from at start; docs/plugins.md). The command line does not
 * run plugins: a change applies when the workbench starts next.
 */
public final class PluginsCommand {

    /** System property naming the store, set by bin/causerie-cli from CAUSERIE_DATA. */
    public static final String STORE_PROPERTY = "causerie.cli.plugins.store";

    static final String USAGE = """
            Usage: causerie-cli plugins [--store DIR] COMMAND
              list                    one line per plugin: id, version, enabled/disabled, XEPs, name, vendor (tab-separated)
              install PATH            a bundle jar, a folder of jars or a p2 repository (folder or zip)
              enable ID | disable ID  switch a plugin on or off
              uninstall ID            remove a plugin
            The store is the workbench's (CAUSERIE_DATA or ~/.causerie/workspace); the workbench
            applies a change when it starts next.
            """;

    private PluginsCommand() {
    }

    /**
     * @param args the arguments after "plugins"
     * @param platformIds the symbolic names of Causerie's own bundles (a plugin may not take one)
     */
    public static ExitCode run(List<String> args, PrintStream out, PrintStream err, Supplier<Set<String>> platformIds) {
        List<String> rest = new ArrayList<>(args);
        Optional<String> store = Optional.ofNullable(System.getProperty(STORE_PROPERTY)).filter(s -> !s.isBlank());
        int storeAt = rest.indexOf("--store");
        if (storeAt >= 0) {
            if (storeAt + 1 >= rest.size()) {
                return usage(err, "--store needs a folder");
            }
            store = Optional.of(rest.get(storeAt + 1));
            rest.subList(storeAt, storeAt + 2).clear();
        }
        if (rest.isEmpty() || rest.get(0).equals("--help")) {
            out.print(USAGE);
            return rest.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
        }
        if (store.isEmpty()) {
            return usage(err, "no plugin store: give --store DIR");
        }
        String command = rest.get(0);
        boolean needsArgument = !command.equals("list");
        if (rest.size() != (needsArgument ? 2 : 1)) {
            return usage(err, needsArgument ? "plugins " + command + " takes one argument" : "plugins list takes no argument");
        }
        PluginStore plugins = new PluginStore(Path.of(store.get()));
        try {
            switch (command) {
                case "list" -> plugins.list().forEach(p -> out.println(line(p)));
                case "install" -> install(plugins, Path.of(rest.get(1)), platformIds.get(), out);
                case "enable", "disable" -> {
                    plugins.setEnabled(rest.get(1), command.equals("enable"));
                    out.println(rest.get(1) + " " + command + "d; the workbench applies it when it starts next");
                }
                case "uninstall" -> {
                    plugins.remove(rest.get(1));
                    out.println(rest.get(1) + " uninstalled; the workbench lets it go when it starts next");
                }
                default -> {
                    return usage(err, "unknown plugins command: " + command);
                }
            }
            return ExitCode.OK;
        } catch (PluginException e) {
            err.println("causerie-cli: " + e.getMessage());
            return ExitCode.OTHER;
        }
    }

    private static void install(PluginStore plugins, Path path, Set<String> platformIds, PrintStream out)
            throws PluginException {
        List<BundleDescriptor> candidates = new ArrayList<>();
        try (PluginSource source = PluginSource.open(path)) {
            for (Path jar : source.jars()) {
                candidates.add(BundleJars.read(jar));
            }
            PluginPolicy.check(candidates, platformIds,
                    Set.copyOf(plugins.list().stream().map(StoredPlugin::id).toList()));
            for (StoredPlugin added : plugins.add(candidates)) {
                out.println("installed " + line(added));
            }
        }
    }

    private static String line(StoredPlugin plugin) {
        BundleDescriptor b = plugin.bundle();
        return String.join("\t", b.id(), b.version(), plugin.enabled() ? "enabled" : "disabled",
                String.join(",", b.xeps()), b.name(), b.vendor());
    }

    private static ExitCode usage(PrintStream err, String problem) {
        err.println("causerie-cli: " + problem);
        err.print(USAGE);
        return ExitCode.USAGE;
    }
}
