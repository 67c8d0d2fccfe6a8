package org.causerie.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.causerie.core.XepContribution;
import org.causerie.core.spi.SmackProviderContribution;
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
 * feature offered by two contributions stays until both are gone. A
 * {@link SmackProviderContribution}'s parsers are in Smack's registry, and its IQ
 * handlers on every session, exactly while it is registered.
 */
@Component(service = FeatureRegistry.class)
public final class FeatureRegistry {

    private final List<XepContribution> contributions = new ArrayList<>();
    private final Set<SmackXmppSession> sessions = new LinkedHashSet<>();
    private final ProviderRegistry providers = new ProviderRegistry();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addContribution(XepContribution contribution) {
        if (contribution instanceof SmackProviderContribution smack) {
            // Smack's own start registers its providers: it must come first, or it would
            // overwrite the contributed ones.
            SmackBootstrap.ensureStarted();
            providers.add(smack);
        }
        contributions.add(contribution);
        for (SmackXmppSession session : sessions) {
            apply(session);
            join(contribution, session);
        }
    }

    synchronized void removeContribution(XepContribution contribution) {
        if (!contributions.remove(contribution)) {
            return;
        }
        for (SmackXmppSession session : sessions) {
            leave(contribution, session);
            ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(session.connection());
            Set<String> stillOffered = features();
            for (String feature : contribution.discoFeatures()) {
                if (!stillOffered.contains(feature)) {
                    disco.removeFeature(feature);
                }
            }
        }
        if (contribution instanceof SmackProviderContribution smack) {
            providers.remove(smack);
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
            join(contribution, session);
        }
    }

    synchronized void detach(SmackXmppSession session) {
        if (!sessions.remove(session)) {
            return;
        }
        for (XepContribution contribution : contributions) {
            leave(contribution, session);
        }
    }

    private static void join(XepContribution contribution, SmackXmppSession session) {
        if (contribution instanceof SmackProviderContribution smack) {
            ProviderRegistry.join(smack, session.connection());
        }
        if (contribution instanceof SmackSessionParticipant participant) {
            participant.join(session);
        }
    }

    private static void leave(XepContribution contribution, SmackXmppSession session) {
        if (contribution instanceof SmackSessionParticipant participant) {
            participant.leave(session);
        }
        if (contribution instanceof SmackProviderContribution smack) {
            ProviderRegistry.leave(smack, session.connection());
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
