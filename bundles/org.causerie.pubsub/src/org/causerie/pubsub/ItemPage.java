package org.causerie.pubsub;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a node's items (XEP-0060 §6.5.4 with Result Set Management, XEP-0059),
 * paging from the newest items back.
 *
 * @param items the items of this page, in the order the service sent them
 * @param before where the page of older items ends (the result set's {@code first}), to
 *        ask for it; empty when the service sent no result set (it does not page) or
 *        the page is empty
 * @param count how many items the node holds, when the service says
 */
public record ItemPage(List<PubSubItem> items, Optional<String> before, Optional<Integer> count) {

    public ItemPage {
        items = List.copyOf(items);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(count, "count");
    }
}
