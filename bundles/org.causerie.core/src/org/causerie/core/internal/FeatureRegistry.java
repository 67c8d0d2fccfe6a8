package org.causerie.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.causerie.core.XepContribution;
import org.causerie.core.spi.SmackSessionParticipant;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Tracks {@link XepContribution} services and applies them to every session:
 * their disco features are added (and Smack recomputes and re-announces the
 * XEP-0115 caps hash) while they are registered and removed when they leave. A
 * feature offered by two contributions stays until both are gone.
 */
@Component(service = FeatureRegistry.class)
public final class FeatureRegistry {

    private final List<XepContribution> contributions = new ArrayList<>();
    private final Set<SmackXmppSession> sessions = new LinkedHashSet<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addContribution(XepContribution contribution) {
        contributions.add(contribution);
        for (SmackXmppSession session : sessions) {
            apply(session);
            if (contribution instanceof SmackSessionParticipant participant) {
                participant.join(session);
            }
        }
    }

    synchronized void removeContribution(XepContribution contribution) {
        if (!contributions.remove(contribution)) {
            return;
        }
        for (SmackXmppSession session : sessions) {
            if (contribution instanceof SmackSessionParticipant participant) {
                participant.leave(session);
            }
            ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(session.connection());
            Set<String> stillOffered = features();
            for (String feature : contribution.discoFeatures()) {
                if (!stillOffered.contains(feature)) {
                    disco.removeFeature(feature);
                }
            }
        }
    }

    /** @return the disco features contributed now */
    synchronized Set<String> features() {
        Set<String> all = new LinkedHashSet<>();
        contributions.forEach(c -> all.addAll(c.discoFeatures()));
        return all;
    }

    /** Called when a session's connection is created, before it logs in. */
    synchronized void attach(SmackXmppSession session) {
        sessions.add(session);
        apply(session);
        for (XepContribution contribution : contributions) {
            if (contribution instanceof SmackSessionParticipant participant) {
                participant.join(session);
            }
        }
    }

    synchronized void detach(SmackXmppSession session) {
        if (!sessions.remove(session)) {
            return;
        }
        for (XepContribution contribution : contributions) {
            if (contribution instanceof SmackSessionParticipant participant) {
                participant.leave(session);
            }
        }
    }

    private void apply(SmackXmppSession session) {
        ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(session.connection());
        for (String feature : features()) {
            if (!disco.includesFeature(feature)) {
                disco.addFeature(feature);
            }
        }
    }
}
