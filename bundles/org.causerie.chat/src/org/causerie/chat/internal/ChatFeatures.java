package org.causerie.chat.internal;

import java.util.Set;

import org.causerie.core.XepContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Advertises what this bundle handles (XEP-0030 features, hence the XEP-0115
 * hash) while it is active. Smack's providers for these elements are
 * registered by core's Smack start-up, so nothing global is added here.
 */
@Component(service = XepContribution.class)
public final class ChatFeatures implements XepContribution {

    @Override
    public Set<String> xeps() {
        return Set.of("XEP-0085", "XEP-0184", "XEP-0280", "XEP-0308");
    }

    @Override
    public Set<String> discoFeatures() {
        return Set.of("http://jabber.org/protocol/chatstates", "urn:xmpp:receipts", "urn:xmpp:carbons:2",
                "urn:xmpp:message-correct:0");
    }
}
