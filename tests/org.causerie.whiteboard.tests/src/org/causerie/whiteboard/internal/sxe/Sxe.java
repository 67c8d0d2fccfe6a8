package org.causerie.whiteboard.internal.sxe;

import org.causerie.core.spi.SmackRuntime;
import org.causerie.whiteboard.WhiteboardLimits;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;

/** Parses literal {@code <sxe/>} XML with the provider, without touching Smack's global registry. */
public final class Sxe {

    private Sxe() {
    }

    public static SxeElement parse(String xml) {
        return parse(xml, WhiteboardLimits.DEFAULTS);
    }

    public static SxeElement parse(String xml, WhiteboardLimits limits) {
        SmackRuntime.start();
        try {
            XmlPullParser parser = PacketParserUtils.getParserFor(xml);
            return new SxeProvider(limits).parse(parser);
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + xml, e);
        }
    }

    /** @return the element written and read back */
    public static SxeElement roundTrip(SxeElement element) {
        return parse(element.toString());
    }
}
