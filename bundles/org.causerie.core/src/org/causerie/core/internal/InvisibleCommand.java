package org.causerie.core.internal;

import org.jivesoftware.smack.packet.IQ;

/** XEP-0186 {@code <invisible/>} or {@code <visible/>} command (§3.1, §3.2). */
final class InvisibleCommand extends IQ {

    static final String NAMESPACE = "urn:xmpp:invisible:0";

    InvisibleCommand(boolean invisible) {
        super(invisible ? "invisible" : "visible", NAMESPACE);
        setType(Type.set);
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.setEmptyElement();
        return xml;
    }
}
