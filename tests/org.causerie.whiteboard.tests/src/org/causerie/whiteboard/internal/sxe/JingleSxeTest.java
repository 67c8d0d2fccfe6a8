package org.causerie.whiteboard.internal.sxe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.causerie.core.spi.SmackRuntime;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.jingle.element.Jingle;
import org.jivesoftware.smackx.jingle.element.JingleAction;
import org.jivesoftware.smackx.jingle.element.JingleReason;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** The Jingle negotiation of XEP-0284 §4, read with Smack's own Jingle provider. */
class JingleSxeTest {

    static Jingle parse(String xml) throws Exception {
        SmackRuntime.start();
        return (Jingle) PacketParserUtils.parseStanza(xml);
    }

    @Test
    void theXepsSessionInitiate() throws Exception {
        Jingle jingle = parse("<iq from='kingclaudius@shakespeare.lit/castle' id='jingle1'"
                + " to='laertes@shakespeare.lit/castle' type='set'>"
                + "<jingle xmlns='urn:xmpp:jingle:1' action='session-initiate'"
                + " initiator='kingclaudius@shakespeare.lit/castle' sid='851ba2'>"
                + "<content creator='initiator' name='this-is-the-editing-content'>"
                + "<description xmlns='urn:xmpp:jingle:apps:xhtml'/>"
                + "<transport xmlns='urn:xmpp:jingle:transports:sxe'><host>kingclaudius@shakespeare.lit</host>"
                + "</transport></content></jingle></iq>");
        assertEquals(JingleAction.session_initiate, jingle.getAction());
        assertEquals(Optional.of(new JingleSxe.Offer("851ba2", "kingclaudius@shakespeare.lit",
                List.of("urn:xmpp:jingle:apps:xhtml"))), JingleSxe.read(jingle));
    }

    @Test
    void aSessionWithAnotherTransportIsNotOurs() throws Exception {
        Jingle jingle = parse("<iq from='a@x/1' id='j' to='b@x/2' type='set'>"
                + "<jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' initiator='a@x/1' sid='s'>"
                + "<content creator='initiator' name='c'><description xmlns='urn:xmpp:jingle:apps:file-transfer:5'/>"
                + "<transport xmlns='urn:xmpp:jingle:transports:ibb:1' block-size='4096' sid='i'/>"
                + "</content></jingle></iq>");
        assertEquals(Optional.empty(), JingleSxe.read(jingle));
    }

    @Test
    void whatCauserieSendsReadsBack() throws Exception {
        var initiator = JidCreate.entityFullFrom("alice@example.org/desk");
        Jingle sent = JingleSxe.request(Jingle.builder("id1"), JingleAction.session_initiate,
                JidCreate.from("bob@example.org/pad"), initiator, Optional.empty(), "sid7", initiator.toString());
        String xml = sent.toXML().toString().replace("<iq ", "<iq from='alice@example.org/desk' ");
        Jingle back = parse(xml);
        assertEquals(IQ.Type.set, back.getType());
        assertEquals(Optional.of(new JingleSxe.Offer("sid7", "alice@example.org/desk",
                List.of(JingleSxe.SVG_DESCRIPTION))), JingleSxe.read(back));

        Jingle decline = parse(JingleSxe.terminate(Jingle.builder("id2"), JidCreate.from("alice@example.org/desk"),
                initiator, "sid7", JingleReason.Reason.decline).toXML().toString());
        assertEquals(JingleAction.session_terminate, decline.getAction());
        assertTrue(decline.getReason().asEnum() == JingleReason.Reason.decline);
    }
}
