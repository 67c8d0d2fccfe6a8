package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.text.ParseException;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.IQProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jivesoftware.smackx.si.packet.StreamInitiation;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.jivesoftware.smackx.xdata.provider.DataFormProvider;
import org.jxmpp.util.XmppDateTime;

/**
 * Parses {@code <si/>} (XEP-0095) like Smack's StreamInitiationProvider, and keeps
 * the {@code <range offset length/>} of the file-transfer profile (XEP-0096 §3.3)
 * in a {@link RangedFile}. Registered instead of Smack's while the bundle runs.
 */
final class RangedSiProvider extends IQProvider<StreamInitiation> {

    @Override
    public StreamInitiation parse(XmlPullParser parser, int initialDepth, XmlEnvironment environment)
            throws XmlPullParserException, IOException, SmackParsingException {
        StreamInitiation si = new StreamInitiation();
        si.setSessionID(parser.getAttributeValue("", "id"));
        si.setMimeType(parser.getAttributeValue("", "mime-type"));
        RangedFile file = null;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT) {
                String name = parser.getName();
                if (name.equals("file")) {
                    file = file(parser);
                } else if (name.equals("desc") && file != null) {
                    file.setDesc(parser.nextText());
                } else if (name.equals("range") && file != null) {
                    file.range(number(parser.getAttributeValue("", "offset"), 0),
                            number(parser.getAttributeValue("", "length"), -1));
                } else if (name.equals("x") && DataForm.NAMESPACE.equals(parser.getNamespace())) {
                    si.setFeatureNegotiationForm(DataFormProvider.INSTANCE.parse(parser));
                }
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                break;
            }
        }
        if (file != null) {
            si.setFile(file);
        }
        return si;
    }

    private static RangedFile file(XmlPullParser parser) {
        // an answer's <file/> carries only the range (XEP-0096 §3.3): no name; a runtime exception here
        // would end the whole connection, so nothing may be missing
        String name = parser.getAttributeValue("", "name");
        RangedFile file = new RangedFile(name == null ? "" : name, number(parser.getAttributeValue("", "size"), -1));
        file.setHash(parser.getAttributeValue("", "hash"));
        String date = parser.getAttributeValue("", "date");
        if (date != null) {
            try {
                file.setDate(XmppDateTime.parseDate(date));
            } catch (ParseException e) {
                // XEP-0096 §3.1: the date is informative; a bad one is ignored
            }
        }
        return file;
    }

    private static long number(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
