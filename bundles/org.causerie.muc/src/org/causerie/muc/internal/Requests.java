package org.causerie.muc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.core.form.DataForm;
import org.causerie.core.spi.SmackForms;
import org.causerie.muc.Affiliation;
import org.causerie.muc.AffiliationItem;
import org.causerie.muc.Role;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.muc.packet.Destroy;
import org.jivesoftware.smackx.muc.packet.MUCAdmin;
import org.jivesoftware.smackx.muc.packet.MUCItem;
import org.jivesoftware.smackx.muc.packet.MUCOwner;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * The owner's and moderators' requests to a room (XEP-0045 §8–§10): blocking
 * IQ round trips, run on the service's executor, never on a caller's thread.
 * Reasons travel in the item (§8.2), which Smack's MultiUserChat helpers leave out.
 */
final class Requests {

    private Requests() {
    }

    /** §10.2: the configuration form. */
    static DataForm configurationForm(XMPPConnection connection, EntityBareJid room)
            throws SmackException, XMPPException, InterruptedException {
        MUCOwner request = new MUCOwner();
        request.setTo(room);
        request.setType(IQ.Type.get);
        IQ answer = connection.sendIqRequestAndWaitForResponse(request);
        org.jivesoftware.smackx.xdata.packet.DataForm form = org.jivesoftware.smackx.xdata.packet.DataForm
                .from(answer);
        if (form == null) {
            throw new IllegalStateException("the room sent no configuration form");
        }
        return SmackForms.fromSmack(form);
    }

    /** §10.2 (a filled form), §10.1.2 (an empty submit form: an instant room). */
    static void configure(XMPPConnection connection, EntityBareJid room,
            org.jivesoftware.smackx.xdata.packet.DataForm form)
            throws SmackException, XMPPException, InterruptedException {
        MUCOwner request = new MUCOwner();
        request.setTo(room);
        request.setType(IQ.Type.set);
        request.addExtension(form);
        connection.sendIqRequestAndWaitForResponse(request);
    }

    static void instant(XMPPConnection connection, EntityBareJid room)
            throws SmackException, XMPPException, InterruptedException {
        configure(connection, room, org.jivesoftware.smackx.xdata.packet.DataForm
                .builder(org.jivesoftware.smackx.xdata.packet.DataForm.Type.submit).build());
    }

    /** §10.9. */
    static void destroy(XMPPConnection connection, EntityBareJid room, Optional<String> reason,
            Optional<EntityBareJid> alternate) throws SmackException, XMPPException, InterruptedException {
        MUCOwner request = new MUCOwner();
        request.setTo(room);
        request.setType(IQ.Type.set);
        request.setDestroy(new Destroy(alternate.orElse(null), reason.orElse(null)));
        connection.sendIqRequestAndWaitForResponse(request);
    }

    /** §8.2 (kick: role none), §8.3–§8.6, §9.6. */
    static void role(XMPPConnection connection, EntityBareJid room, String nick, Role role, Optional<String> reason)
            throws SmackException, XMPPException, InterruptedException {
        MUCAdmin request = new MUCAdmin();
        request.setTo(room);
        request.setType(IQ.Type.set);
        request.addItem(new MUCItem(Conversions.role(role), resource(nick), reason.orElse(null)));
        connection.sendIqRequestAndWaitForResponse(request);
    }

    /** §9.1 (ban: outcast), §9.3, §10.3, §10.6. */
    static void affiliation(XMPPConnection connection, EntityBareJid room, Jid user, Affiliation affiliation,
            Optional<String> reason) throws SmackException, XMPPException, InterruptedException {
        MUCAdmin request = new MUCAdmin();
        request.setTo(room);
        request.setType(IQ.Type.set);
        request.addItem(new MUCItem(Conversions.affiliation(affiliation), user, reason.orElse(null)));
        connection.sendIqRequestAndWaitForResponse(request);
    }

    /** §9.2, §9.5, §10.5, §10.8: one affiliation list. */
    static List<AffiliationItem> affiliations(XMPPConnection connection, EntityBareJid room, Affiliation affiliation)
            throws SmackException, XMPPException, InterruptedException {
        MUCAdmin request = new MUCAdmin();
        request.setTo(room);
        request.setType(IQ.Type.get);
        request.addItem(new MUCItem(Conversions.affiliation(affiliation)));
        MUCAdmin answer = connection.sendIqRequestAndWaitForResponse(request);
        List<AffiliationItem> items = new ArrayList<>();
        for (MUCItem item : answer.getItems()) {
            if (item.getJid() == null) {
                continue;
            }
            items.add(new AffiliationItem(item.getJid().asBareJid().toString(),
                    Conversions.affiliation(item.getAffiliation() == null
                            ? Conversions.affiliation(affiliation) : item.getAffiliation()),
                    Optional.ofNullable(item.getNick()).map(Object::toString),
                    OccupantPresence.nonEmpty(item.getReason())));
        }
        return items;
    }

    /** @throws IllegalArgumentException for a nickname that is not a valid resourcepart (RFC 7622 §3.4) */
    static Resourcepart resource(String nick) {
        if (nick == null || nick.isBlank()) {
            throw new IllegalArgumentException("the nickname is empty");
        }
        try {
            return Resourcepart.from(nick);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a valid nickname: " + nick, e);
        }
    }

    /** @throws IllegalArgumentException for something that is not a domain (a service's JID) */
    static org.jxmpp.jid.DomainBareJid domain(String service) {
        if (service == null || service.isBlank() || service.contains("@") || service.contains("/")
                || service.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a service address (a domain): " + service);
        }
        try {
            return JidCreate.domainBareFrom(service);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a service address (a domain): " + service, e);
        }
    }

    /** @throws IllegalArgumentException for something that is not a bare JID {@code local@domain} */
    static EntityBareJid bareJid(String jid) {
        try {
            return JidCreate.entityBareFrom(org.causerie.core.Jids.requireBareJid(jid));
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a bare JID: " + jid, e);
        }
    }
}
