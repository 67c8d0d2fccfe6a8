package org.causerie.bench.plugins;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XepContribution;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.plugins.PluginService;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Installs and uninstalls the sample plugin (XEP-0224) in rounds, with two
 * accounts connected, and prints:
 * <ul>
 * <li>install to usable: from the install call until the plugin's services are
 * registered and the other account's disco#info query of the first one lists
 * {@code urn:xmpp:attention:0};</li>
 * <li>uninstall to every trace gone: from the uninstall call until its services
 * are gone, the feature is no longer listed to the other account, the caps hash
 * is the one before and Smack's own parser is back (the framework refreshed);</li>
 * <li>and, apart, until the plugin's class loader is collected (polling with
 * System.gc(), so it measures the collector as much as the release).</li>
 * </ul>
 * Target: under 1 s each. Prints BENCH lines; asserts no timings.
 */
@ExtendWith(EjabberdExtension.class)
class PluginBenchmarkTest {

    private static final String PLUGIN = "org.causerie.example.attention";
    private static final String FEATURE = "urn:xmpp:attention:0";
    private static final String SERVICE = "org.causerie.example.attention.AttentionService";

    @Test
    void installAndUninstall(EjabberdServer server) throws Exception {
        int rounds = Integer.getInteger("causerie.bench.pluginRounds", 20);
        PluginService plugins = service(PluginService.class);
        AccountService accounts = service(AccountService.class);
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession aliceSession = connect(accounts, server, alice);
        XmppSession bobSession = connect(accounts, server, bob);
        EntityCapsManager caps = EntityCapsManager.getInstanceFor(((SmackSession) aliceSession).connection());
        Path jar = exampleJar();
        List<Double> install = new ArrayList<>();
        List<Double> installCall = new ArrayList<>();
        List<Double> uninstall = new ArrayList<>();
        List<Double> uninstallCall = new ArrayList<>();
        List<Double> collected = new ArrayList<>();
        try {
            String capsBefore = caps.getCapsVersionAndHash().version;
            Object smackParser = ProviderManager.getExtensionProvider("attention", FEATURE);
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                plugins.install(jar);
                installCall.add(ms(start));
                until(() -> registered(SERVICE) && contribution(),
                        () -> features(bobSession, aliceSession).contains(FEATURE));
                install.add(ms(start));

                WeakReference<Class<?>> pluginClass = new WeakReference<>(pluginClass());
                start = System.nanoTime();
                plugins.uninstall(PLUGIN);
                uninstallCall.add(ms(start));
                until(() -> !registered(SERVICE) && !contribution()
                        && capsBefore.equals(caps.getCapsVersionAndHash().version)
                        && ProviderManager.getExtensionProvider("attention", FEATURE) == smackParser,
                        () -> !features(bobSession, aliceSession).contains(FEATURE));
                uninstall.add(ms(start));
                until(() -> {
                    System.gc();
                    return pluginClass.get() == null;
                }, () -> true);
                collected.add(ms(start));
            }
        } finally {
            accounts.disconnect(aliceSession.account().id()).get();
            accounts.disconnect(bobSession.account().id()).get();
        }
        print("plugins", "install to usable (services + disco feature seen by the peer)", install);
        print("plugins", "  of which install() itself", installCall);
        print("plugins", "uninstall to every trace gone (services, feature, caps, parser)", uninstall);
        print("plugins", "  of which uninstall() itself (stop, uninstall, refresh)", uninstallCall);
        print("plugins", "uninstall to the class loader collected (System.gc() polled)", collected);
        System.out.println(String.format(Locale.ROOT, "BENCH plugins target under 1000 ms each: install %s, uninstall %s",
                percentile(install, 0.5) < 1000 ? "met" : "NOT met", percentile(uninstall, 0.5) < 1000 ? "met" : "NOT met"));
    }

    /** Polls the local condition, then the remote one (a disco round trip), until both hold; 30 s at most. */
    private static void until(BooleanSupplier local, BooleanSupplier remote) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!(local.getAsBoolean() && remote.getAsBoolean())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 30 s");
            }
            Thread.sleep(1);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String bench, String what, List<Double> values) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %s: median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)",
                bench, what, percentile(values, 0.5), percentile(values, 0.9), percentile(values, 1.0), values.size()));
        System.out.flush();
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Set<String> features(XmppSession asker, XmppSession target) {
        try {
            return asker.discoverFeatures(target.boundJid()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> pluginClass() throws ClassNotFoundException {
        Bundle bundle = Arrays.stream(context().getBundles()).filter(b -> PLUGIN.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        return bundle.loadClass("org.causerie.example.attention.internal.AttentionXep");
    }

    private static boolean registered(String type) {
        try {
            return context().getAllServiceReferences(type, null) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contribution() {
        try {
            ServiceReference<?>[] references = context().getAllServiceReferences(XepContribution.class.getName(), null);
            return references != null && Arrays.stream(references)
                    .anyMatch(r -> r.getBundle() != null && PLUGIN.equals(r.getBundle().getSymbolicName()));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XmppSession connect(AccountService accounts, EjabberdServer server, TestAccount user)
            throws Exception {
        Account account = Account.builder(user.jid()).host(server.host()).port(server.c2sPort())
                .resource("bench-plugins").pinnedCertificate(server.certificateSha256()).build();
        XmppSession session = accounts.connect(account, user.password().toCharArray()).get();
        // the server has handled the initial presence once a later request is answered
        session.discoverFeatures(account.domain()).get();
        return session;
    }

    private static Path exampleJar() throws IOException {
        Path target = Path.of(System.getProperty("causerie.examples.dir"), PLUGIN, "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(
                    java.util.regex.Pattern.quote(PLUGIN) + "-[0-9][^/]*(?<!-sources)\\.jar")).findFirst()
                    .orElseThrow(() -> new IOException("no jar of " + PLUGIN + " in " + target));
        }
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(PluginBenchmarkTest.class).getBundleContext();
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        T service = tracker.waitForService(30_000);
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName());
        }
        return service;
    }
}
