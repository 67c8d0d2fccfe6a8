package org.causerie.pubsub.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causerie.pubsub.AtomEntry;
import org.causerie.pubsub.PubSubItem;

/**
 * How an item's payload is summed up on one line: an Atom entry by its title, any
 * other payload (unknown ones included) by its XML, never interpreted further.
 */
public final class Payloads {

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>");

    private Payloads() {
    }

    public static String summary(PubSubItem item) {
        String xml = item.payloadXml();
        if (xml.isEmpty()) {
            return Messages.item_noPayload;
        }
        if (xml.contains(AtomEntry.NAMESPACE)) {
            Matcher title = TITLE.matcher(xml);
            if (title.find()) {
                return unescape(title.group(1));
            }
        }
        return xml;
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
