package org.causerie.pubsub.internal;

import java.util.Optional;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smackx.pubsub.PayloadItem;

/**
 * An item as Smack parses it, plus its {@code publisher} attribute (XEP-0060
 * §7.1.2.2), which Smack 4.4's item provider drops.
 *
 * @param <E> the payload type
 */
final class PublishedItem<E extends ExtensionElement> extends PayloadItem<E> {

    private final String publisher;

    PublishedItem(ItemNamespace namespace, String id, String node, E payload, String publisher) {
        super(namespace, id, node, payload);
        this.publisher = publisher;
    }

    Optional<String> publisher() {
        return Optional.ofNullable(publisher).filter(p -> !p.isBlank());
    }
}
