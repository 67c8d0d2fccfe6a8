package org.causerie.pubsub.internal.pep;

import java.util.LinkedHashSet;
import java.util.Set;

import org.causerie.core.XepContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Declares interest in contacts' extended presence (XEP-0163 §4: {@code +notify}
 * features in entity capabilities, XEP-0115). While this component is active the
 * server sends the notifications; when the bundle stops the core recomputes the
 * capabilities without them and the notifications stop.
 */
@Component(service = XepContribution.class)
public final class PepFeatures implements XepContribution {

    @Override
    public Set<String> xeps() {
        return Set.of("XEP-0060", "XEP-0163", "XEP-0107", "XEP-0108", "XEP-0118", "XEP-0080", "XEP-0172",
                "XEP-0084", "XEP-0153");
    }

    @Override
    public Set<String> discoFeatures() {
        Set<String> features = new LinkedHashSet<>();
        for (String node : PepNodes.FOLLOWED) {
            features.add(node + "+notify");
        }
        return features;
    }
}
