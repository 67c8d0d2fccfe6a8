package org.causerie.muc.internal;

import java.util.Set;

import org.causerie.core.XepContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Advertises what this bundle handles while it is active: multi-user chat,
 * direct invitations, and interest in bookmark notifications (XEP-0402 §5,
 * XEP-0163 §5.2 {@code +notify}), so the server pushes bookmark changes made by
 * the account's other clients.
 */
@Component(service = XepContribution.class)
public final class MucFeatures implements XepContribution {

    @Override
    public Set<String> xeps() {
        return Set.of("XEP-0045", "XEP-0249", "XEP-0402", "XEP-0048", "XEP-0313");
    }

    @Override
    public Set<String> discoFeatures() {
        return Set.of(Discovery.MUC, DirectInvitation.NAMESPACE, BookmarkStore.NODE + "+notify",
                BookmarkStore.LEGACY_NODE + "+notify");
    }
}
