package org.causerie.filetransfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.spi.SmackRuntime;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.si.packet.StreamInitiation;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** Stream initiation with ranges (XEP-0096 §3.3) from literal XML, and back. */
class RangedSiProviderTest {

    private static final String SI = "http://jabber.org/protocol/si";
    private static final String FT = "http://jabber.org/protocol/si/profile/file-transfer";

    private static IQ parse(String xml) throws Exception {
        SmackRuntime.start();
        // the service registers this provider while it runs; parsed here with it explicitly
        return new RangedSiProvider().parse(PacketParserUtils.getParserFor(xml));
    }

    @Test
    void anOfferKeepsItsFileRangeAndMethods() throws Exception {
        StreamInitiation offer = (StreamInitiation) parse("<si xmlns='" + SI + "' id='s1' mime-type='text/plain'"
                + " profile='" + FT + "'><file xmlns='" + FT + "' name='a.txt' size='1022' hash='552da749930852c69ae5d2141d3766b1'"
                + " date='1969-07-21T02:56:15Z'><desc>the moon</desc><range/></file>"
                + "<feature xmlns='http://jabber.org/protocol/feature-neg'><x xmlns='jabber:x:data' type='form'>"
                + "<field var='stream-method' type='list-single'>"
                + "<option><value>http://jabber.org/protocol/bytestreams</value></option>"
                + "<option><value>http://jabber.org/protocol/ibb</value></option></field></x></feature></si>");
        assertEquals("s1", offer.getSessionID());
        assertEquals("a.txt", offer.getFile().getName());
        assertEquals(1022, offer.getFile().getSize());
        assertEquals("the moon", offer.getFile().getDesc());
        assertEquals("552da749930852c69ae5d2141d3766b1", offer.getFile().getHash());
        assertTrue(StreamOffers.ranged(offer));
        assertEquals(List.of(StreamOffers.SOCKS5, StreamOffers.IBB), StreamOffers.methods(offer));
    }

    @Test
    void anAnswerNamesTheMethodAndTheOffset() throws Exception {
        IQ answer = parse("<si xmlns='" + SI + "'><file xmlns='" + FT + "'><range offset='4096'/></file>"
                + "<feature xmlns='http://jabber.org/protocol/feature-neg'><x xmlns='jabber:x:data' type='submit'>"
                + "<field var='stream-method'><value>http://jabber.org/protocol/ibb</value></field></x></feature></si>");
        assertEquals(4096, StreamOffers.offset(answer));
        assertEquals(Optional.of(StreamOffers.IBB), StreamOffers.chosen(answer));
    }

    @Test
    void nonsenseNumbersDoNotBreakTheConnection() throws Exception {
        StreamInitiation odd = (StreamInitiation) parse("<si xmlns='" + SI + "' id='x'><file xmlns='" + FT
                + "' size='lots' date='yesterday'><range offset='-5' length='nope'/></file></si>");
        assertEquals("", odd.getFile().getName());
        assertEquals(0, StreamOffers.offset(odd), "a negative offset is none");
    }

    @Test
    void ourAnswerCarriesTheOffsetAndParsesBack() throws Exception {
        StreamInitiation offer = new StreamInitiation();
        offer.setType(IQ.Type.set);
        offer.setFrom(JidCreate.from("alice@localhost/a"));
        offer.setStanzaId("o1");
        IQ answer = StreamOffers.accept(offer, StreamOffers.SOCKS5, 12345);
        String xml = answer.getChildElementXML().toString();
        assertTrue(xml.contains("<range offset='12345'/>"), xml);
        IQ back = parse(xml);
        assertEquals(12345, StreamOffers.offset(back));
        assertEquals(Optional.of(StreamOffers.SOCKS5), StreamOffers.chosen(back));
    }
}
