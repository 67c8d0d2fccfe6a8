package org.causerie.pubsub.tests;

import static org.causerie.pubsub.tests.Fixture.as;
import static org.causerie.pubsub.tests.Fixture.await;
import static org.causerie.pubsub.tests.Fixture.newNode;
import static org.causerie.pubsub.tests.Fixture.pubsub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.causerie.core.XmppSession;
import org.causerie.pubsub.ItemPage;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubItem;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A node's items a page at a time (XEP-0060 §6.5.4 with XEP-0059), from another account. */
@ExtendWith(EjabberdExtension.class)
class PagingTest {

    @Test
    void everyItemComesOnceAcrossThePages(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "writer", "pager");
        XmppSession writer = Sessions.connect(server, users.get(0));
        XmppSession pager = Sessions.connect(server, users.get(1));
        try {
            NodeId node = newNode(writer);
            await(pubsub().create(node, NodeKind.LEAF, Optional.empty()));
            Set<String> published = new HashSet<>();
            for (int i = 1; i <= 5; i++) {
                published.add(await(pubsub().publishXml(node, Optional.of("p" + i),
                        "<alert xmlns='urn:example:alerts'><n>" + i + "</n></alert>")));
            }
            NodeId seen = as(pager, node);
            List<Set<String>> pages = new ArrayList<>();
            Optional<String> before = Optional.empty();
            for (int round = 0; round < 5; round++) {
                ItemPage page = await(pubsub().items(seen, 2, before));
                page.count().ifPresent(c -> assertEquals(5, c, "the node's item count"));
                if (page.items().isEmpty()) {
                    break;
                }
                pages.add(page.items().stream().map(PubSubItem::id).collect(Collectors.toSet()));
                if (page.before().isEmpty()) {
                    break;
                }
                before = page.before();
            }
            // From the newest back, pages of at most 2, each item once.
            assertEquals(List.of(Set.of("p4", "p5"), Set.of("p2", "p3"), Set.of("p1")), pages);
            assertEquals(published, pages.stream().flatMap(Set::stream).collect(Collectors.toSet()));
            assertThrows(IllegalArgumentException.class, () -> pubsub().items(seen, 0, Optional.empty()));
            await(pubsub().delete(node));
        } finally {
            Sessions.disconnect(writer, pager);
        }
    }
}
