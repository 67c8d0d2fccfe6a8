package org.causerie.example.attention.internal;

import java.io.IOException;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** Parses {@code <attention/>}: skips whatever it holds (XEP-0224 defines no content). */
public final class AttentionProvider extends ExtensionElementProvider<Attention> {

    @Override
    public Attention parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException {
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT
                    || event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                return Attention.INSTANCE;
            }
        }
    }
}
