package org.causerie.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.XepContribution;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.plugins.Plugin;
import org.causerie.plugins.PluginService;
import org.causerie.plugins.PluginState;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The sample plugin (XEP-0224) installed into the running platform, used between
 * two accounts, and uninstalled: everything it brought must go.
 */
@ExtendWith(EjabberdExtension.class)
class PluginLifecycleTest {

    private static final String FEATURE = "urn:xmpp:attention:0";
    private static final String SERVICE = "org.causerie.example.attention.AttentionService";

    @Test
    void installUseAndUninstallLeaveNoTrace(EjabberdServer server) throws Exception {
        PluginService plugins = Services.get(PluginService.class);
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession aliceSession = Sessions.connect(server, alice);
        XmppSession bobSession = Sessions.connect(server, bob);
        EntityCapsManager aliceCaps = EntityCapsManager.getInstanceFor(((SmackSession) aliceSession).connection());
        Object smackParser = ProviderManager.getExtensionProvider("attention", FEATURE);
        try {
            String capsBefore = aliceCaps.getCapsVersionAndHash().version;
            assertFalse(features(bobSession, aliceSession).contains(FEATURE));
            assertTrue(services(SERVICE).isEmpty());

            List<Plugin> installed = plugins.install(Examples.jar(Examples.ATTENTION));
            assertEquals(1, installed.size());
            Plugin plugin = installed.get(0);
            assertEquals(Examples.ATTENTION, plugin.id());
            assertEquals(PluginState.ACTIVE, plugin.state(), () -> plugin.problem().orElse(""));
            assertEquals(Set.of("XEP-0224"), plugin.xeps());
            assertEquals("Attention (XEP-0224)", plugin.name());
            assertEquals("Causerie examples", plugin.vendor());
            assertTrue(plugins.plugins().contains(plugin));

            Waiting.eventually("the plugin's service is registered", () -> !services(SERVICE).isEmpty());
            Waiting.eventually("the plugin's XepContribution is registered", () -> contributionOf(Examples.ATTENTION));
            Waiting.eventually("alice advertises " + FEATURE, () -> features(bobSession, aliceSession).contains(FEATURE));
            Waiting.eventually("alice's caps hash changes", () -> !capsBefore.equals(version(aliceCaps)));
            Bundle bundle = pluginBundle();
            Object parser = ProviderManager.getExtensionProvider("attention", FEATURE);
            assertSame(bundle, FrameworkUtil.getBundle(parser.getClass()), "the plugin's parser is in use");

            Object attention = service(SERVICE);
            buzzRoundTrip(attention, aliceSession, bobSession, alice);
            WeakReference<Class<?>> pluginClass = new WeakReference<>(attention.getClass());
            attention = null;
            parser = null;

            plugins.uninstall(Examples.ATTENTION);
            assertEquals(Bundle.UNINSTALLED, bundle.getState());
            bundle = null;
            assertTrue(plugins.plugins().stream().noneMatch(p -> p.id().equals(Examples.ATTENTION)));
            assertTrue(services(SERVICE).isEmpty());
            assertFalse(contributionOf(Examples.ATTENTION));
            assertFalse(features(bobSession, aliceSession).contains(FEATURE));
            Waiting.eventually("alice's caps hash is back to what it was", () -> capsBefore.equals(version(aliceCaps)));
            assertSame(smackParser, ProviderManager.getExtensionProvider("attention", FEATURE),
                    "Smack's own parser is back");
            Waiting.eventually("the plugin's class loader is collected", () -> {
                System.gc();
                return pluginClass.get() == null;
            });
        } finally {
            if (plugins.plugins().stream().anyMatch(p -> p.id().equals(Examples.ATTENTION))) {
                plugins.uninstall(Examples.ATTENTION);
            }
            Sessions.disconnect(aliceSession, bobSession);
        }
    }

    /** Alice buzzes Bob through the plugin's service (reflection: the test cannot import a plugin's API). */
    private static void buzzRoundTrip(Object attention, XmppSession from, XmppSession to, TestAccount sender)
            throws Exception {
        Method buzz = attention.getClass().getMethod("buzz", String.class, String.class);
        Method received = attention.getClass().getMethod("received");
        Waiting.await((CompletableFuture<?>) buzz.invoke(attention, from.account().id(), to.boundJid()));
        Waiting.eventually("bob receives alice's buzz", () -> {
            try {
                return ((List<?>) received.invoke(attention)).stream().anyMatch(b -> b.toString()
                        .contains("accountId=" + to.account().id()) && b.toString().contains(sender.jid()));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static Set<String> features(XmppSession asker, XmppSession target) {
        return Waiting.await(asker.discoverFeatures(target.boundJid()));
    }

    private static String version(EntityCapsManager caps) {
        return caps.getCapsVersionAndHash().version;
    }

    static Bundle pluginBundle() {
        for (Bundle b : Services.context().getBundles()) {
            if (Examples.ATTENTION.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + Examples.ATTENTION);
    }

    static List<ServiceReference<?>> services(String type) {
        try {
            ServiceReference<?>[] references = Services.context().getAllServiceReferences(type, null);
            return references == null ? List.of() : List.of(references);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Object service(String type) {
        ServiceReference<?> reference = services(type).get(0);
        return Services.context().getService(reference);
    }

    static boolean contributionOf(String bundle) {
        return services(XepContribution.class.getName()).stream()
                .anyMatch(r -> r.getBundle() != null && bundle.equals(r.getBundle().getSymbolicName()));
    }
}
