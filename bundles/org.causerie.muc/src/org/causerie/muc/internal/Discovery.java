package org.causerie.muc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.causerie.muc.RoomInfo;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;

/** Service discovery for rooms (XEP-0045 §6, XEP-0030): blocking, run on the executor. */
final class Discovery {

    static final String MUC = "http://jabber.org/protocol/muc";

    private Discovery() {
    }

    /** §6.1: the server's items that are conference services. */
    static List<String> services(XMPPConnection connection)
            throws SmackException, XMPPException, InterruptedException {
        ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
        List<String> services = new ArrayList<>();
        for (DiscoverItems.Item item : disco.discoverItems(connection.getXMPPServiceDomain()).getItems()) {
            try {
                DiscoverInfo info = disco.discoverInfo(item.getEntityID());
                if (info.containsFeature(MUC) && info.hasIdentity("conference", "text")) {
                    services.add(item.getEntityID().toString());
                }
            } catch (XMPPException.XMPPErrorException | SmackException.NoResponseException e) {
                // An item that does not answer is not a service we can use.
            }
        }
        return services;
    }

    /** §6.3: the rooms a service lists. */
    static List<DiscoverItems.Item> items(XMPPConnection connection, String service)
            throws SmackException, XMPPException, InterruptedException {
        Jid jid = Requests.domain(service);
        return ServiceDiscoveryManager.getInstanceFor(connection).discoverItems(jid).getItems();
    }

    /** @return whether the service answers disco#info as a multi-user chat service */
    static boolean isService(XMPPConnection connection, Jid service) throws SmackException, InterruptedException {
        try {
            return ServiceDiscoveryManager.getInstanceFor(connection).discoverInfo(service).containsFeature(MUC);
        } catch (XMPPException.XMPPErrorException e) {
            return false;
        }
    }

    /** @return false only when the service says the room does not exist (item-not-found) */
    static boolean exists(XMPPConnection connection, EntityBareJid room) throws SmackException, InterruptedException {
        try {
            ask(connection, room);
            return true;
        } catch (XMPPException.XMPPErrorException e) {
            return e.getStanzaError().getCondition() != org.jivesoftware.smack.packet.StanzaError.Condition.item_not_found;
        }
    }

    /** @return the nicknames a room lists as its items (§6.5), where it does */
    static Set<String> occupantNicks(XMPPConnection connection, EntityBareJid room) {
        try {
            return ServiceDiscoveryManager.getInstanceFor(connection).discoverItems(room).getItems().stream()
                    .map(i -> i.getEntityID().getResourceOrEmpty().toString()).collect(Collectors.toSet());
        } catch (SmackException | XMPPException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Set.of();
        }
    }

    /** §6.4: disco#info and the muc#roominfo form. */
    static RoomInfo info(XMPPConnection connection, EntityBareJid room, Optional<String> listedName)
            throws SmackException, XMPPException, InterruptedException {
        DiscoverInfo info = ask(connection, room);
        String name = info.getIdentities().stream().filter(i -> "conference".equals(i.getCategory()))
                .map(DiscoverInfo.Identity::getName).filter(n -> n != null && !n.isBlank()).findFirst()
                .or(() -> listedName).orElse(room.getLocalpart().toString());
        DataForm form = DataForm.from(info, "http://jabber.org/protocol/muc#roominfo");
        Optional<String> description = value(form, "muc#roominfo_description");
        Optional<String> subject = value(form, "muc#roominfo_subject");
        OptionalInt occupants = value(form, "muc#roominfo_occupants").map(Discovery::number)
                .orElseGet(() -> listedName.map(Discovery::countInName).orElse(OptionalInt.empty()));
        Set<String> features = info.getFeatures().stream().map(DiscoverInfo.Feature::getVar)
                .collect(Collectors.toSet());
        return new RoomInfo(room.toString(), name, description, subject, occupants, features);
    }

    /**
     * disco#info asked of the room itself. Not {@code discoverInfo(jid)}: that one answers
     * from Smack's entity capabilities cache (XEP-0115), which ejabberd fills with the
     * presence a room sends from its bare JID when it is configured, and which is static
     * and keyed by hash: another room with the same features, or a room destroyed since,
     * would be answered without asking (stale occupants, a room that no longer exists).
     */
    private static DiscoverInfo ask(XMPPConnection connection, EntityBareJid room)
            throws SmackException.NoResponseException, XMPPException.XMPPErrorException,
            SmackException.NotConnectedException, InterruptedException {
        return ServiceDiscoveryManager.getInstanceFor(connection).discoverInfo(room, null);
    }

    /** ejabberd lists a room as "name (N)", N its occupants, and has no muc#roominfo_occupants. */
    static OptionalInt countInName(String listed) {
        var match = java.util.regex.Pattern.compile(".*\\((\\d{1,9})\\)\\s*$").matcher(listed);
        return match.matches() ? number(match.group(1)) : OptionalInt.empty();
    }

    private static Optional<String> value(DataForm form, String var) {
        if (form == null) {
            return Optional.empty();
        }
        FormField field = form.getField(var);
        return field == null ? Optional.empty() : OccupantPresence.nonEmpty(field.getFirstValue());
    }

    private static OptionalInt number(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
