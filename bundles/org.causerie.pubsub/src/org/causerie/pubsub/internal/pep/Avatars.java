package org.causerie.pubsub.internal.pep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.causerie.pubsub.pep.AvatarImage;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.pep.PepManager;
import org.jivesoftware.smackx.pubsub.Item;
import org.jivesoftware.smackx.pubsub.LeafNode;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.jivesoftware.smackx.pubsub.SimplePayload;
import org.jivesoftware.smackx.vcardtemp.VCardManager;
import org.jivesoftware.smackx.vcardtemp.packet.VCard;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Avatars: XEP-0084 (data node first, then metadata, §4.1–§4.2: a client seeing
 * the metadata must find the data) and the vCard photo of XEP-0153 §3.1 for
 * clients that only read vCards. The server (ejabberd's mod_vcard_xupdate) puts
 * the photo's hash in presence. Blocking; run on the service's threads.
 */
final class Avatars {

    private Avatars() {
    }

    static void publish(XMPPConnection connection, Optional<AvatarImage> avatar) throws Exception {
        PepManager pep = PepManager.getInstanceFor(connection);
        if (avatar.isEmpty()) {
            // XEP-0084 §4.4: an empty metadata element disables the avatar.
            pep.publish(PepNodes.AVATAR_METADATA, new PayloadItem<>("current",
                    new SimplePayload("<metadata xmlns='" + PepNodes.AVATAR_METADATA + "'/>")));
            vcard(connection, null, null);
            return;
        }
        AvatarImage image = avatar.get();
        byte[] data = image.data();
        String id = sha1(data);
        pep.publish(PepNodes.AVATAR_DATA, new PayloadItem<>(id, new SimplePayload(
                "<data xmlns='" + PepNodes.AVATAR_DATA + "'>" + Base64.getEncoder().encodeToString(data) + "</data>")));
        String type = org.causerie.pubsub.internal.Payloads.escape(image.type());
        pep.publish(PepNodes.AVATAR_METADATA, new PayloadItem<>(id, new SimplePayload(
                "<metadata xmlns='" + PepNodes.AVATAR_METADATA + "'><info bytes='" + data.length + "' id='" + id
                        + "' type='" + type + "' width='" + image.width() + "' height='" + image.height()
                        + "'/></metadata>")));
        vcard(connection, data, image.type());
    }

    private static void vcard(XMPPConnection connection, byte[] data, String type) throws Exception {
        VCardManager vcards = VCardManager.getInstanceFor(connection);
        VCard card = vcards.loadVCard();
        if (data == null) {
            card.removeAvatar();
        } else {
            card.setAvatar(data, type);
        }
        vcards.saveVCard(card);
    }

    /** @return the image of an avatar id, from the publisher's data node (§4.1) */
    static byte[] data(XMPPConnection connection, String jid, String id) throws Exception {
        PubSubManager pubsub = PubSubManager.getInstanceFor(connection, JidCreate.bareFrom(jid));
        LeafNode node = pubsub.getLeafNode(PepNodes.AVATAR_DATA);
        List<Item> items = node.getItems(List.of(id));
        for (Item item : items) {
            if (item instanceof PayloadItem<?> payload && payload.getPayload() != null) {
                String xml = payload.getPayload().toXML().toString();
                int start = xml.indexOf('>') + 1;
                int end = xml.lastIndexOf("</");
                if (start > 0 && end >= start) {
                    return Base64.getMimeDecoder().decode(xml.substring(start, end).strip()
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        throw new IllegalStateException("no avatar data " + id + " from " + jid);
    }

    static String sha1(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-1", e);
        }
    }
}
