package org.causerie.pubsub.internal;

import java.io.IOException;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.provider.ItemProvider;

/**
 * Smack's item provider with the {@code publisher} attribute kept: the item is
 * parsed by Smack's own provider (payload providers as before, so other users of
 * pubsub see the same objects) and re-wrapped as a {@link PublishedItem}.
 */
final class PublisherItemProvider extends ExtensionElementProvider<Item> {

    private final ItemProvider smack = new ItemProvider();

    @Override
    public Item parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        String publisher = parser.getAttributeValue(null, "publisher");
        String namespace = parser.getNamespace();
        Item item = smack.parse(parser, initialDepth, xmlEnvironment);
        if (publisher == null || !(item instanceof PayloadItem<?> payload)) {
            return item;
        }
        return wrap(payload, namespace, publisher);
    }

    private static <E extends ExtensionElement> Item wrap(PayloadItem<E> item, String namespace, String publisher) {
        return new PublishedItem<>(Item.ItemNamespace.fromXmlns(namespace), item.getId(), item.getNode(),
                item.getPayload(), publisher);
    }
}
