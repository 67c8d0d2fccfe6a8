package org.causerie.whiteboard.internal.sxe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.causerie.whiteboard.internal.doc.Fields;
import org.causerie.whiteboard.internal.doc.NewRecord;
import org.causerie.whiteboard.internal.doc.NodeType;
import org.causerie.whiteboard.internal.doc.RemoveRecord;
import org.causerie.whiteboard.internal.doc.SetRecord;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.junit.jupiter.api.Test;

/** The {@code <sxe/>} element from literal XML: XEP-0284's examples (§7–§10), then what Causerie writes. */
class SxeParsingTest {

    @Test
    void connectStateOfferAcceptAndRefuse() {
        SxeElement connect = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' id='e' session='851ba2'><connect/></sxe>");
        assertEquals("851ba2", connect.session());
        assertEquals("e", connect.id());
        assertInstanceOf(SxePayload.Connect.class, connect.payload());

        SxeElement offer = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='851ba2' id='f'><state-offer>"
                + "<description xmlns='urn:xmpp:jingle:apps:xhtml'/></state-offer></sxe>");
        assertEquals(new SxePayload.StateOffer(List.of("urn:xmpp:jingle:apps:xhtml")), offer.payload());

        assertInstanceOf(SxePayload.AcceptState.class, Sxe.parse(
                "<sxe xmlns='urn:xmpp:sxe:0' session='851ba2' id='g'><accept-state/></sxe>").payload());
        assertInstanceOf(SxePayload.RefuseState.class, Sxe.parse(
                "<sxe xmlns='urn:xmpp:sxe:0' session='851ba2' id='g'><refuse-state/></sxe>").payload());
    }

    @Test
    void theStateOfABlankDocument() {
        SxeElement e = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='851ba2' id='b'><state>"
                + "<document-begin prolog='data:text/xml,%3C%3Fxml%20version%3D%271.0%27%20standalone%3D%27no%27%3F%3E'/>"
                + "<document-end last-sender='' last-id='' /></state></sxe>");
        List<StateItem> items = ((SxePayload.State) e.payload()).items();
        assertEquals(List.of(new StateItem.DocumentBegin(
                "data:text/xml,%3C%3Fxml%20version%3D%271.0%27%20standalone%3D%27no%27%3F%3E"),
                new StateItem.DocumentEnd("", "")), items);
        assertEquals(List.of(), e.refused());
    }

    @Test
    void theStateOfAnExistingDocumentAsPrinted() {
        SxeElement e = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='851ba2' id='bxyz'><state>"
                + "<document-begin prolog='data:text/xml,%3C!DOCTYPE%20html'/>"
                + "<new type='processinginstruction' pitarget='xml-stylesheet' pidata='href=\"style.xsl\" type=\"text/xsl\"'"
                + " rid='GUID0' primary-weight='0.4' />"
                + "<new type='element' ns='http://www.w3.org/1999/xhtml' name='html' rid='GUID1' primary-weight='3' />"
                + "<new type='attr' ns='xml' name='lang' chdata='fi' parent='GUID1' rid='GUID2' />"
                + "<set target='GUID2' version='1' chdata='en' />"
                + "<new type='element' name='head' parent='GUID1' rid='GUID3' />"
                + "<new type='text' chdata='Royal Musings' rid='GUID5' parent='GUID4' primary-weight='0'/>"
                + "<new type='comment' chdata='The title of the document goes here.' rid='GUID6' parent='GUID4'"
                + " primary-weight='-2.43'/>"
                + "<document-end last-sender='jid3' last-id='abc'/></state></sxe>");
        List<StateItem> items = ((SxePayload.State) e.payload()).items();
        assertEquals(9, items.size());
        assertEquals(new NewRecord("GUID0", NodeType.PROCESSING_INSTRUCTION, 0,
                new Fields("", 0.4f, "", "", "", "xml-stylesheet", "href=\"style.xsl\" type=\"text/xsl\""),
                Optional.empty(), Optional.empty()), items.get(1));
        assertEquals(NewRecord.of("GUID2", NodeType.ATTR, new Fields("GUID1", 0, "xml", "lang", "fi", "", "")),
                items.get(3));
        assertEquals(SetRecord.chdata("GUID2", 1, "en"), items.get(4));
        assertEquals(-2.43f, ((NewRecord) items.get(7)).fields().weight());
        assertEquals(new StateItem.DocumentEnd("jid3", "abc"), items.get(8));
    }

    @Test
    void editsWithReplaceAndRemoves() {
        SxeElement edit = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='851ba2' id='4'><state>"
                + "<new type='element' name='p' parent='GUID7' rid='GUID10' />"
                + "<set target='GUID6' version='1' replacefrom='9' replacen='16' chdata='' />"
                + "<set target='GUID8' version='1' parent='GUID1' primary-weight='8' />"
                + "<remove target='GUID5'/></state></sxe>");
        List<StateItem> items = ((SxePayload.State) edit.payload()).items();
        assertEquals(new SetRecord("GUID6", 1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(""), Optional.empty(), Optional.empty(), OptionalInt.of(9), OptionalInt.of(16)),
                items.get(1));
        assertEquals(new SetRecord("GUID8", 1, Optional.of("GUID1"), Optional.of(8f), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty()), items.get(2));
        assertEquals(new RemoveRecord("GUID5"), items.get(3));
    }

    @Test
    void aSessionAdvertisedInPresenceHasNoPayload() {
        SxeElement e = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='851ba2' name='Marketing Materials'/>");
        assertEquals(Optional.of("Marketing Materials"), e.name());
        assertInstanceOf(SxePayload.None.class, e.payload());
    }

    @Test
    void whatCauserieWritesReadsBackTheSame() {
        List<StateItem> items = List.of(new StateItem.DocumentBegin("data:text/xml,%3C"),
                new NewRecord("r1", NodeType.ELEMENT, 3, new Fields("", 1.5f, "http://www.w3.org/2000/svg", "svg", "",
                        "", ""), Optional.of("room@muc/alice"), Optional.empty()),
                NewRecord.of("r2", NodeType.TEXT, new Fields("r1", 0, "", "", "two\nlines\tand 'quotes' & <tags>\r",
                        "", "")),
                SetRecord.weight("r1", 4, -7.25f), SetRecord.chdata("r2", 1, "é😀"),
                new RemoveRecord("r2"), new StateItem.DocumentEnd("room@muc/bob", "id-9"));
        SxeElement element = new SxeElement("s1", "e1", new SxePayload.State(items));
        SxeElement back = Sxe.roundTrip(element);
        assertEquals(items, ((SxePayload.State) back.payload()).items());
        assertEquals("s1", back.session());
        assertEquals("e1", back.id());
        assertEquals(List.of(), back.refused());
        SxeElement offer = Sxe.roundTrip(new SxeElement("s1", "e2", new SxePayload.StateOffer(
                List.of(JingleSxe.SVG_DESCRIPTION))));
        assertEquals(new SxePayload.StateOffer(List.of(JingleSxe.SVG_DESCRIPTION)), offer.payload());
    }

    @Test
    void causeriesStoredStateExtensionReadsBackAndAPlainAcceptStateDoesNotAskForIt() {
        String stored = "urn:causerie:whiteboard:stored:0";
        assertEquals(new SxePayload.AcceptState(true), Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='s' id='a'>"
                + "<accept-state><stored xmlns='" + stored + "'/></accept-state></sxe>").payload());
        assertEquals(new SxePayload.AcceptState(false), Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='s' id='a'>"
                + "<accept-state><stored xmlns='urn:example:other'/></accept-state></sxe>").payload());
        assertEquals(new SxePayload.AcceptState(false), Sxe.roundTrip(new SxeElement("s", "a",
                new SxePayload.AcceptState())).payload());
        SxeElement asks = new SxeElement("s", "a", new SxePayload.AcceptState(true));
        assertTrue(asks.toString().contains("<accept-state><stored xmlns='" + stored + "'/></accept-state>"),
                asks.toString());
        assertEquals(new SxePayload.AcceptState(true), Sxe.roundTrip(asks).payload());

        List<StateItem> items = List.of(new StateItem.DocumentBegin(""),
                new StateItem.Stored("pubsub.example.org", "m3x9.ab12cd"), new StateItem.DocumentEnd("room@muc/bob", "e7"));
        SxeElement back = Sxe.roundTrip(new SxeElement("s", "b", new SxePayload.State(items)));
        assertEquals(items, ((SxePayload.State) back.payload()).items());
        assertEquals(List.of(), back.refused());

        SxeElement broken = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='s' id='c'><state><document-begin prolog=''/>"
                + "<stored xmlns='" + stored + "' generation='g'/>"
                + "<stored xmlns='" + stored + "' service='pubsub.example.org' generation='" + "g".repeat(257) + "'/>"
                + "<document-end last-sender='' last-id=''/></state></sxe>");
        assertEquals(2, ((SxePayload.State) broken.payload()).items().size(), "only begin and end are kept");
        assertEquals(2, broken.refused().size(), broken.refused().toString());
        assertTrue(broken.refused().getFirst().contains("a stored reference without a service"), broken.refused()
                .toString());
    }

    @Test
    void malformedRecordsAreLeftOutWithAReason() {
        SxeElement e = Sxe.parse("<sxe xmlns='urn:xmpp:sxe:0' session='s' id='x'><state>"
                + "<new type='element' name='g'/>"
                + "<new type='bogus' rid='a'/>"
                + "<new type='element' name='g' rid='b' primary-weight='INF'/>"
                + "<new type='element' name='g' rid='c' primary-weight='NaN'/>"
                + "<new type='element' name='g' rid='d' version='99999999999'/>"
                + "<set target='e' chdata='x'/>"
                + "<set target='e' version='1' replacefrom='1' chdata='x'/>"
                + "<set target='e' version='-1'/>"
                + "<remove/>"
                + "<script xmlns='urn:xmpp:sxe:0'/>"
                + "<new xmlns='urn:other' type='element' name='g' rid='f'/>"
                + "<new type='element' name='g' rid='ok' primary-weight=' 2e3 '/>"
                + "</state></sxe>");
        List<StateItem> items = ((SxePayload.State) e.payload()).items();
        assertEquals(1, items.size(), items.toString());
        assertEquals(2000f, ((NewRecord) items.get(0)).fields().weight());
        assertEquals(11, e.refused().size(), e.refused().toString());
    }

    @Test
    void oversizedRecordsAndTooManyRecordsAreLeftOut() {
        String big = "x".repeat(org.causerie.whiteboard.WhiteboardLimits.DEFAULTS.maxRecordChars() + 1);
        StringBuilder xml = new StringBuilder("<sxe xmlns='urn:xmpp:sxe:0' session='s' id='x'><state>");
        xml.append("<new type='text' rid='big' parent='p' chdata='").append(big).append("'/>");
        for (int i = 0; i < SxeProvider.MAX_ITEMS + 10; i++) {
            xml.append("<remove target='t").append(i).append("'/>");
        }
        xml.append("</state></sxe>");
        SxeElement e = Sxe.parse(xml.toString());
        assertEquals(SxeProvider.MAX_ITEMS, ((SxePayload.State) e.payload()).items().size());
        assertTrue(e.refused().get(0).contains("characters"), e.refused().toString());
        assertTrue(e.refused().get(1).contains("10 records beyond"), e.refused().toString());
    }
}
