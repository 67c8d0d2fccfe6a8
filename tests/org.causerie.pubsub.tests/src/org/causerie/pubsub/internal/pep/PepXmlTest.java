package org.causerie.pubsub.internal.pep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.causerie.pubsub.pep.Activity;
import org.causerie.pubsub.pep.AvatarInfo;
import org.causerie.pubsub.pep.ExtendedPresence;
import org.causerie.pubsub.pep.GeoLocation;
import org.causerie.pubsub.pep.Mood;
import org.causerie.pubsub.pep.Tune;
import org.junit.jupiter.api.Test;

/** The XEPs' own examples read, our own payloads read back, empty elements clearing. */
class PepXmlTest {

    @Test
    void theXepExamples() {
        ExtendedPresence p = ExtendedPresence.NONE;
        // XEP-0107 example 1
        p = PepXml.apply(p, PepNodes.MOOD, "<mood xmlns='http://jabber.org/protocol/mood'><annoyed/>"
                + "<text>curse my nurse!</text></mood>");
        assertEquals(Optional.of(new Mood("annoyed", Optional.of("curse my nurse!"))), p.mood());
        // XEP-0108 example 1
        p = PepXml.apply(p, PepNodes.ACTIVITY, "<activity xmlns='http://jabber.org/protocol/activity'>"
                + "<relaxing><partying/></relaxing><text xml:lang='en'>My nurse&apos;s birthday!</text></activity>");
        assertEquals(Optional.of(new Activity("relaxing", Optional.of("partying"), Optional.of("My nurse's birthday!"))),
                p.activity());
        // XEP-0118 example 1
        p = PepXml.apply(p, PepNodes.TUNE, "<tune xmlns='http://jabber.org/protocol/tune'><artist>Yes</artist>"
                + "<length>686</length><rating>8</rating><source>Yessongs</source><title>Heart of the Sunrise</title>"
                + "<track>3</track><uri>http://www.yesworld.com/lyrics/Fragile.html#9</uri></tune>");
        assertEquals(Optional.of(new Tune(Optional.of("Yes"), Optional.of("Heart of the Sunrise"), Optional.of("Yessongs"),
                OptionalInt.of(686), Optional.of("http://www.yesworld.com/lyrics/Fragile.html#9"))), p.tune());
        // XEP-0080 example 1
        p = PepXml.apply(p, PepNodes.GEOLOC, "<geoloc xmlns='http://jabber.org/protocol/geoloc' xml:lang='en'>"
                + "<accuracy>20</accuracy><country>Italy</country><lat>45.44</lat><locality>Venice</locality>"
                + "<lon>12.33</lon></geoloc>");
        assertEquals(Optional.of(new GeoLocation(OptionalDouble.of(45.44), OptionalDouble.of(12.33),
                OptionalDouble.of(20), Optional.of("Venice"), Optional.of("Italy"), Optional.empty())), p.geoloc());
        // XEP-0084 example 3
        p = PepXml.apply(p, PepNodes.AVATAR_METADATA, "<metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='12345'"
                + " id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f' height='64' type='image/png' width='64'/></metadata>");
        assertEquals(Optional.of(new AvatarInfo("111f4b3c50d7b0df729d299bc6f8e9ef9066971f", "image/png", 12345,
                OptionalInt.of(64), OptionalInt.of(64))), p.avatar());
        p = PepXml.apply(p, PepNodes.NICK, "<nick xmlns='http://jabber.org/protocol/nick'>Ishmael</nick>");
        assertEquals(Optional.of("Ishmael"), p.nick());

        // Empty elements and retractions clear; junk changes nothing.
        p = PepXml.apply(p, PepNodes.MOOD, "<mood xmlns='http://jabber.org/protocol/mood'/>");
        assertEquals(Optional.empty(), p.mood());
        p = PepXml.apply(p, PepNodes.AVATAR_METADATA, "");
        assertEquals(Optional.empty(), p.avatar());
        ExtendedPresence before = p;
        assertEquals(before, PepXml.apply(p, PepNodes.TUNE, "<tune xmlns='http://jabber.org/protocol/tune'><artist>"));
    }

    @Test
    void whatWeWriteReadsBack() {
        Mood mood = new Mood("happy", Optional.of("<release> & 'party'"));
        Tune tune = new Tune(Optional.of("A&B"), Optional.of("T"), Optional.empty(), OptionalInt.of(10), Optional.empty());
        GeoLocation where = GeoLocation.at(-33.86, 151.21);
        Activity activity = new Activity("working", Optional.of("coding"), Optional.empty());
        ExtendedPresence p = ExtendedPresence.NONE;
        p = PepXml.apply(p, PepNodes.MOOD, PepWriter.mood(Optional.of(mood)));
        p = PepXml.apply(p, PepNodes.TUNE, PepWriter.tune(Optional.of(tune)));
        p = PepXml.apply(p, PepNodes.GEOLOC, PepWriter.geoloc(Optional.of(where)));
        p = PepXml.apply(p, PepNodes.ACTIVITY, PepWriter.activity(Optional.of(activity)));
        p = PepXml.apply(p, PepNodes.NICK, PepWriter.nick(Optional.of("Zoë <3")));
        assertEquals(new ExtendedPresence(Optional.of(mood), Optional.of(activity), Optional.of(tune),
                Optional.of(where), Optional.of("Zoë <3"), Optional.empty()), p);
        p = PepXml.apply(p, PepNodes.TUNE, PepWriter.tune(Optional.empty()));
        assertEquals(Optional.empty(), p.tune());
    }
}
