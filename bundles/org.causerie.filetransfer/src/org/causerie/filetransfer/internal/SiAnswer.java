package org.causerie.filetransfer.internal;

import org.jivesoftware.smackx.si.packet.StreamInitiation;
import org.jivesoftware.smackx.xdata.packet.DataForm;

/**
 * The receiver's acceptance (XEP-0095 §3.2) with, to resume, the range it wants
 * (XEP-0096 §3.3): Smack 4.4's StreamInitiation writes no {@code <file/>} in a result.
 */
final class SiAnswer extends org.jivesoftware.smack.packet.IQ {

    private final DataForm form;
    private final long offset;

    SiAnswer(StreamInitiation offer, DataForm form, long offset) {
        super(StreamInitiation.ELEMENT, StreamInitiation.NAMESPACE);
        this.form = form;
        this.offset = offset;
        setType(Type.result);
        setTo(offer.getFrom());
        setStanzaId(offer.getStanzaId());
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.rightAngleBracket();
        if (offset > 0) {
            xml.halfOpenElement("file").xmlnsAttribute(StreamOffers.PROFILE).rightAngleBracket();
            xml.halfOpenElement("range").attribute("offset", Long.toString(offset)).closeEmptyElement();
            xml.closeElement("file");
        }
        xml.halfOpenElement("feature").xmlnsAttribute("http://jabber.org/protocol/feature-neg").rightAngleBracket();
        xml.append(form.toXML());
        xml.closeElement("feature");
        return xml;
    }
}
