package org.causerie.pubsub.tests;

import static org.causerie.pubsub.tests.Fixture.await;
import static org.causerie.pubsub.tests.Fixture.pep;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

import org.causerie.core.XmppSession;
import org.causerie.pubsub.pep.Activity;
import org.causerie.pubsub.pep.AvatarImage;
import org.causerie.pubsub.pep.AvatarInfo;
import org.causerie.pubsub.pep.ExtendedPresence;
import org.causerie.pubsub.pep.GeoLocation;
import org.causerie.pubsub.pep.Mood;
import org.causerie.pubsub.pep.PepService;
import org.causerie.pubsub.pep.Tune;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Extended presence set by one account and seen by a contact (presence subscription both ways). */
@ExtendWith(EjabberdExtension.class)
class PepTest {

    @Test
    void moodTuneGeolocNickAndAvatarReachAContact(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        server.rosters().addPair(users.get(0).user(), users.get(1).user());
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        String a = alice.account().id();
        String aliceJid = users.get(0).jid();
        try {
            // Interest is declared in entity capabilities while the bundle is active (XEP-0163 §4).
            Set<String> features = await(bob.discoverFeatures(alice.boundJid()));
            assertTrue(features.containsAll(Set.of("http://jabber.org/protocol/mood+notify",
                    "http://jabber.org/protocol/tune+notify", "http://jabber.org/protocol/geoloc+notify",
                    "urn:xmpp:avatar:metadata+notify")), features.toString());

            Mood mood = new Mood("happy", Optional.of("release day"));
            await(pep().setMood(a, Optional.of(mood)));
            Tune tune = new Tune(Optional.of("Yes"), Optional.of("Heart of the Sunrise"), Optional.of("Fragile"),
                    OptionalInt.of(686), Optional.empty());
            await(pep().setTune(a, Optional.of(tune)));
            GeoLocation where = new GeoLocation(java.util.OptionalDouble.of(45.44),
                    java.util.OptionalDouble.of(12.33), java.util.OptionalDouble.of(20), Optional.of("Venice"),
                    Optional.of("Italy"), Optional.empty());
            await(pep().setGeolocation(a, Optional.of(where)));
            await(pep().setActivity(a, Optional.of(new Activity("working", Optional.of("coding"), Optional.empty()))));
            await(pep().setNick(a, Optional.of("Ally <3")));
            byte[] image = new byte[700];
            for (int i = 0; i < image.length; i++) {
                image[i] = (byte) (i * 31);
            }
            await(pep().setAvatar(a, Optional.of(new AvatarImage(image, "image/png", 32, 32))));

            ExtendedPresence seen = seenBy(bob, aliceJid, "everything alice set",
                    p -> p.mood().isPresent() && p.tune().isPresent() && p.geoloc().isPresent()
                            && p.nick().isPresent() && p.avatar().isPresent() && p.activity().isPresent());
            assertEquals(Optional.of(mood), seen.mood());
            assertEquals(Optional.of(tune), seen.tune());
            assertEquals(Optional.of(where), seen.geoloc());
            assertEquals(Optional.of("Ally <3"), seen.nick());
            assertEquals(Optional.of(new Activity("working", Optional.of("coding"), Optional.empty())),
                    seen.activity());
            AvatarInfo avatar = seen.avatar().orElseThrow();
            assertEquals(700, avatar.bytes());
            assertEquals("image/png", avatar.type());
            assertArrayEquals(image, await(pep().avatarData(bob.account().id(), aliceJid, avatar.id())));
            assertEquals(Optional.of(mood), pep().own(a).mood());

            // Cleared values go away at the contact too.
            await(pep().setMood(a, Optional.empty()));
            await(pep().setAvatar(a, Optional.empty()));
            seenBy(bob, aliceJid, "mood and avatar cleared", p -> p.mood().isEmpty() && p.avatar().isEmpty());
        } finally {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void interestGoesWithTheComponentThatDeclaresIt(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "erin", "frank");
        XmppSession erin = Sessions.connect(server, users.get(0));
        XmppSession frank = Sessions.connect(server, users.get(1));
        String notify = "http://jabber.org/protocol/mood+notify";
        BundleContext context = FrameworkUtil.getBundle(PepService.class).getBundleContext();
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = context.getService(reference);
        ComponentDescriptionDTO features = scr.getComponentDescriptionDTO(FrameworkUtil.getBundle(PepService.class),
                "org.causerie.pubsub.internal.pep.PepFeatures");
        try {
            assertTrue(await(frank.discoverFeatures(erin.boundJid())).contains(notify));
            // As when the bundle stops: the XepContribution goes, and with it the +notify features.
            scr.disableComponent(features).getValue();
            Waiting.eventually("the +notify features gone",
                    () -> !await(frank.discoverFeatures(erin.boundJid())).contains(notify));
            scr.enableComponent(features).getValue();
            Waiting.eventually("the +notify features back",
                    () -> await(frank.discoverFeatures(erin.boundJid())).contains(notify));
        } finally {
            if (!scr.isComponentEnabled(features)) {
                scr.enableComponent(features).getValue();
            }
            context.ungetService(reference);
            Sessions.disconnect(erin, frank);
        }
    }

    @Test
    void valuesThatCannotBeSentAreRefusedAtOnce(EjabberdServer server) {
        XmppSession session = Sessions.connect(server, TestAccounts.fresh(server, "odd"));
        try {
            String a = session.account().id();
            assertThrows(IllegalArgumentException.class,
                    () -> pep().setMood(a, Optional.of(new Mood("<script>", Optional.empty()))));
            assertThrows(IllegalArgumentException.class, () -> GeoLocation.at(91, 0));
            assertThrows(IllegalArgumentException.class, () -> new AvatarImage(new byte[0], "image/png", 1, 1));
            assertThrows(IllegalArgumentException.class,
                    () -> new AvatarImage(new byte[AvatarImage.MAX_BYTES + 1], "image/png", 1, 1));
            assertEquals(ExtendedPresence.NONE, pep().own(a));
        } finally {
            Sessions.disconnect(session);
        }
    }

    private static ExtendedPresence seenBy(XmppSession viewer, String jid, String what,
            Predicate<ExtendedPresence> condition) {
        String account = viewer.account().id();
        Waiting.eventually(() -> what + " (seen: " + pep().contacts(account) + ")",
                () -> condition.test(pep().contacts(account).getOrDefault(jid, ExtendedPresence.NONE)));
        return pep().contacts(account).getOrDefault(jid, ExtendedPresence.NONE);
    }
}
