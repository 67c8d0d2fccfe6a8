package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.context;
import static org.causerie.core.tests.CoreFixture.eventually;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.causerie.core.XepContribution;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;

/**
 * A contributing bundle started: its contribution service and disco feature
 * appear on a live session, with a new caps hash; stopped: both are gone.
 */
@ExtendWith(EjabberdExtension.class)
class ContributionTest {

    private static final String PROBE_BUNDLE = "org.causerie.testing.probe";
    private static final String PROBE_FEATURE = "urn:causerie:test:probe:0";

    @Test
    void contributionAndDiscoFeatureFollowTheBundle(EjabberdServer server) throws Exception {
        Bundle probe = Arrays.stream(context().getBundles())
                .filter(b -> b.getSymbolicName().equals(PROBE_BUNDLE)).findFirst().orElseThrow();
        probe.stop();
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession aliceSession = connect(server, alice);
        XmppSession bobSession = connect(server, bob);
        EntityCapsManager caps = EntityCapsManager.getInstanceFor(((SmackSession) aliceSession).connection());
        try {
            String before = caps.getCapsVersionAndHash().version;
            assertFalse(features(bobSession, aliceSession).contains(PROBE_FEATURE));
            assertFalse(probeRegistered());

            probe.start();
            eventually("the probe contribution is registered", ContributionTest::probeRegistered);
            eventually("alice advertises the probe feature",
                    () -> features(bobSession, aliceSession).contains(PROBE_FEATURE));
            // Smack recomputes the caps hash and re-sends presence shortly after a change.
            eventually("the caps hash changes with the feature",
                    () -> !before.equals(caps.getCapsVersionAndHash().version));

            probe.stop();
            assertFalse(probeRegistered());
            assertFalse(features(bobSession, aliceSession).contains(PROBE_FEATURE));
            eventually("the caps hash is back to what it was",
                    () -> before.equals(caps.getCapsVersionAndHash().version));
        } finally {
            probe.start();
            await(accounts().disconnect(aliceSession.account().id()));
            await(accounts().disconnect(bobSession.account().id()));
        }
        assertTrue(probe.getState() == Bundle.ACTIVE || probe.getState() == Bundle.STARTING);
    }

    private static java.util.Set<String> features(XmppSession asker, XmppSession target) {
        return await(asker.discoverFeatures(target.boundJid()));
    }

    private static boolean probeRegistered() {
        try {
            var references = context().getServiceReferences(XepContribution.class, null);
            return references.stream().anyMatch(r -> r.getBundle() != null
                    && PROBE_BUNDLE.equals(r.getBundle().getSymbolicName()));
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
