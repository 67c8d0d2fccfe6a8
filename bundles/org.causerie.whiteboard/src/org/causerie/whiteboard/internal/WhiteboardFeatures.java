package org.causerie.whiteboard.internal;

import java.util.Set;

import org.causerie.core.XepContribution;
import org.causerie.whiteboard.internal.sxe.JingleSxe;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.osgi.service.component.annotations.Component;

/**
 * Advertises Shared XML Editing while this bundle is active (XEP-0284 §5: a host
 * returns {@code urn:xmpp:sxe:0} and {@code urn:xmpp:jingle:transports:sxe});
 * the core removes them when the bundle stops.
 */
@Component(service = XepContribution.class)
public final class WhiteboardFeatures implements XepContribution {

    @Override
    public Set<String> xeps() {
        return Set.of("XEP-0284");
    }

    @Override
    public Set<String> discoFeatures() {
        return Set.of(SxeElement.NAMESPACE, JingleSxe.TRANSPORT);
    }
}
