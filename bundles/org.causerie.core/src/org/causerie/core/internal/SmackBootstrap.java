package org.causerie.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.experimental.ExperimentalInitializer;
import org.jivesoftware.smack.extensions.ExtensionsInitializer;
import org.jivesoftware.smack.im.SmackImInitializer;
import org.jivesoftware.smack.initializer.SmackInitializer;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smackx.iqversion.VersionManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptManager;
import org.jivesoftware.smackx.time.EntityTimeManager;
import org.jivesoftware.smack.java7.Java7SmackInitializer;
import org.jivesoftware.smack.sasl.javax.SASLJavaXSmackInitializer;
import org.jivesoftware.smack.tcp.TCPInitializer;
import org.jivesoftware.smack.xml.SmackXmlParser;
import org.jivesoftware.smack.xml.stax.StaxXmlPullParserFactory;

/**
 * Starts Smack explicitly inside OSGi. Smack finds its parts by ServiceLoader and
 * {@code Class.forName} on names listed in its {@code smack-config.xml}; inside
 * Equinox that silently skips any bundle not yet resolved. Here the XML parser
 * factory is set directly and every initializer we ship is disabled in the
 * automatic pass and run by hand, so the outcome does not depend on start order.
 */
public final class SmackBootstrap {

    private static final Logger LOG = System.getLogger(SmackBootstrap.class.getName());

    /** Optional startup classes of smack-config.xml that we run ourselves or do not ship. */
    private static final String[] SELF_STARTED = {
        "org.jivesoftware.smack.util.dns.javax.JavaxResolver",
        "org.jivesoftware.smack.util.dns.minidns.MiniDnsResolver",
        "org.jivesoftware.smack.util.dns.dnsjava.DNSJavaResolver",
        "org.jivesoftware.smack.extensions.ExtensionsInitializer",
        "org.jivesoftware.smack.experimental.ExperimentalInitializer",
        "org.jivesoftware.smack.legacy.LegacyInitializer",
        "org.jivesoftware.smack.tcp.TCPInitializer",
        "org.jivesoftware.smack.sasl.javax.SASLJavaXSmackInitializer",
        "org.jivesoftware.smack.sasl.provided.SASLProvidedSmackInitializer",
        "org.jivesoftware.smack.android.AndroidSmackInitializer",
        "org.jivesoftware.smack.java7.Java7SmackInitializer",
        "org.jivesoftware.smack.im.SmackImInitializer",
        "org.jivesoftware.smackx.omemo.OmemoInitializer",
        "org.jivesoftware.smackx.ox.util.OpenPgpInitializer",
    };

    private static boolean started;

    private SmackBootstrap() {
    }

    /**
     * Smack answers some requests on every connection by itself. Causerie leaves
     * that to the bundles that implement them (their XepContribution advertises
     * the feature while they are active): subscription requests wait for the user
     * (RFC 6121 §3.1.3, instead of Smack's reject_all), entity time (XEP-0202) and
     * delivery receipts (XEP-0184) are not answered unless a bundle enables them
     * on its sessions; software version (XEP-0092) and receipts are dropped from
     * disco per connection in {@link SessionController}.
     */
    private static void quietDefaults() {
        Roster.setDefaultSubscriptionMode(Roster.SubscriptionMode.manual);
        EntityTimeManager.setAutoEnable(false);
        DeliveryReceiptManager.setDefaultAutoReceiptMode(DeliveryReceiptManager.AutoReceiptMode.disabled);
        VersionManager.setAutoAppendSmackVersion(false);
    }

    /** Idempotent; cheap after the first call. */
    public static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        long begin = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Smack's own resource lookups fall back to the context class loader.
        thread.setContextClassLoader(SmackConfiguration.class.getClassLoader());
        try {
            SmackConfiguration.addDisabledSmackClasses(SELF_STARTED);
            SmackXmlParser.setXmlPullParserFactory(new StaxXmlPullParserFactory());
            // Runs SmackInitialization: core providers, SASL mechanisms (SCRAM, PLAIN).
            String version = SmackConfiguration.getVersion();
            List<SmackInitializer> initializers = List.of(new SmackImInitializer(), new ExtensionsInitializer(),
                    new ExperimentalInitializer(), new TCPInitializer(), new SASLJavaXSmackInitializer(),
                    new Java7SmackInitializer());
            for (SmackInitializer initializer : initializers) {
                List<Exception> errors = initializer.initialize();
                if (errors != null) {
                    errors.forEach(e -> LOG.log(Level.WARNING, "Smack initializer "
                            + initializer.getClass().getSimpleName() + " reported a problem", e));
                }
            }
            quietDefaults();
            started = true;
            LOG.log(Level.DEBUG, () -> "Smack " + version + " started in "
                    + (System.nanoTime() - begin) / 1_000_000 + " ms");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
