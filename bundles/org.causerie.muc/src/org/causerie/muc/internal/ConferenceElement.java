package org.causerie.muc.internal;

import java.io.IOException;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * A bookmark's payload (XEP-0402 §3): {@code <conference xmlns='urn:xmpp:bookmarks:1'
 * name='..' autojoin='true'><nick>..</nick><password>..</password></conference>},
 * the room's JID being the item id. The {@code <extensions/>} child (§3, other
 * clients' data, which a client must keep when it edits the bookmark) is kept as
 * XML text, every element with its namespace; other unknown children are skipped.
 *
 * @param name the name, if any
 * @param autojoin whether to join at login
 * @param nick the nickname, if any
 * @param password the password, if any
 * @param extensions the {@code <extensions>} element as XML, if any
 */
record ConferenceElement(Optional<String> name, boolean autojoin, Optional<String> nick, Optional<String> password,
        Optional<String> extensions) implements ExtensionElement {

    static final String ELEMENT = "conference";
    static final String NAMESPACE = "urn:xmpp:bookmarks:1";
    static final QName QNAME = new QName(NAMESPACE, ELEMENT);
    static final String EXTENSIONS = "extensions";

    /** A conference without extensions. */
    ConferenceElement(Optional<String> name, boolean autojoin, Optional<String> nick, Optional<String> password) {
        this(name, autojoin, nick, password, Optional.empty());
    }

    /** @return this conference with those extensions (another version's, kept on rewrite) */
    ConferenceElement withExtensions(Optional<String> kept) {
        return new ConferenceElement(name, autojoin, nick, password, kept);
    }

    @Override
    public String getElementName() {
        return ELEMENT;
    }

    @Override
    public String getNamespace() {
        return NAMESPACE;
    }

    @Override
    public XmlStringBuilder toXML(XmlEnvironment enclosing) {
        XmlStringBuilder xml = new XmlStringBuilder(this, enclosing);
        xml.optAttribute("name", name.orElse(null));
        // §3.2: autojoin defaults to false; "true" is written out.
        if (autojoin) {
            xml.attribute("autojoin", "true");
        }
        if (nick.isEmpty() && password.isEmpty() && extensions.isEmpty()) {
            return xml.closeEmptyElement();
        }
        xml.rightAngleBracket();
        xml.optElement("nick", nick.orElse(null));
        xml.optElement("password", password.orElse(null));
        extensions.ifPresent(xml::append);
        return xml.closeElement(this);
    }

    /** The standard pull-parser loop for {@link ConferenceElement}. */
    static final class Provider extends ExtensionElementProvider<ConferenceElement> {

        static final Provider INSTANCE = new Provider();

        @Override
        public ConferenceElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment environment)
                throws XmlPullParserException, IOException {
            Optional<String> name = OccupantPresence.nonEmpty(parser.getAttributeValue("", "name"));
            String join = parser.getAttributeValue("", "autojoin");
            // xs:boolean (§3.2): "true" or "1".
            boolean autojoin = "true".equals(join) || "1".equals(join);
            Optional<String> nick = Optional.empty();
            Optional<String> password = Optional.empty();
            Optional<String> extensions = Optional.empty();
            while (true) {
                XmlPullParser.Event event = parser.next();
                if (event == XmlPullParser.Event.START_ELEMENT && parser.getDepth() == initialDepth + 1) {
                    switch (parser.getName()) {
                        case "nick" -> nick = OccupantPresence.nonEmpty(parser.nextText());
                        case "password" -> password = OccupantPresence.nonEmpty(parser.nextText());
                        case EXTENSIONS -> extensions = Optional.of(
                                PacketParserUtils.parseElement(parser, true).toString());
                        default -> skip(parser);
                    }
                } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                    return new ConferenceElement(name, autojoin, nick, password, extensions);
                } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                    throw new XmlPullParserException("conference element not closed");
                }
            }
        }

        private static void skip(XmlPullParser parser) throws XmlPullParserException, IOException {
            int depth = parser.getDepth();
            while (!(parser.next() == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
                // skip the unknown child, extensions included
            }
        }
    }
}
