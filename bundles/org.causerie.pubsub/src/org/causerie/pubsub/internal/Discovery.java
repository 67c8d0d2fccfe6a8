package org.causerie.pubsub.internal;

import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;

/**
 * Finds the server's publish-subscribe services (XEP-0060 §5.1): the items of
 * the account's domain with a {@code pubsub/service} identity.
 */
final class Discovery {

    private Discovery() {
    }

    static List<String> services(XMPPConnection connection) throws Exception {
        ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
        DiscoverItems items = disco.discoverItems(connection.getXMPPServiceDomain());
        List<String> services = new ArrayList<>();
        for (DiscoverItems.Item item : items.getItems()) {
            if (item.getNode() != null && !item.getNode().isEmpty()) {
                continue;
            }
            DiscoverInfo info = disco.discoverInfo(item.getEntityID());
            if (info.hasIdentity("pubsub", "service")) {
                services.add(item.getEntityID().toString());
            }
        }
        return services;
    }
}
