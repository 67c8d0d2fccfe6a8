package org.causerie.filetransfer.internal;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smackx.si.packet.StreamInitiation;

/**
 * The file-transfer profile's {@code <file/>} with what Smack 4.4's element drops:
 * the {@code offset} and {@code length} of {@code <range/>} (XEP-0096 §3.3,
 * ranged transfers), which the receiver names in its answer to resume.
 */
final class RangedFile extends StreamInitiation.File {

    private long offset;
    private long length = -1;

    RangedFile(String name, long size) {
        super(name, size);
    }

    long offset() {
        return offset;
    }

    /** @return the range's length, -1 when not given (to the end) */
    long length() {
        return length;
    }

    void range(long from, long count) {
        setRanged(true);
        offset = from;
        length = count;
    }

    @Override
    public String toXML(XmlEnvironment environment) {
        XmlStringBuilder xml = new XmlStringBuilder(this);
        xml.optAttribute("name", getName() == null || getName().isEmpty() ? null : getName());
        if (getSize() > 0) {
            xml.attribute("size", Long.toString(getSize()));
        }
        xml.optAttribute("hash", getHash());
        if (getDate() != null) {
            xml.attribute("date", org.jxmpp.util.XmppDateTime.formatXEP0082Date(getDate()));
        }
        xml.rightAngleBracket();
        if (getDesc() != null && !getDesc().isEmpty()) {
            xml.element("desc", getDesc());
        }
        if (isRanged()) {
            xml.halfOpenElement("range");
            if (offset > 0) {
                xml.attribute("offset", Long.toString(offset));
            }
            if (length >= 0) {
                xml.attribute("length", Long.toString(length));
            }
            xml.closeEmptyElement();
        }
        xml.closeElement(this);
        return xml.toString();
    }
}
