package org.causerie.muc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.muc.Bookmark;
import org.causerie.muc.RoomId;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.NamedElement;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smackx.pubsub.ItemsExtension;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.PubSubElementType;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;

/**
 * XEP-0402 bookmarks: one item per room in the account's PEP node
 * {@value BookmarkStore#NODE}, published with the node's required options
 * (§4: persistent, max items, never send the last item, whitelist access) and
 * retracted with notify so the account's other clients hear of it. Tested on a
 * real server with Prosody 0.12 (ProsodyBookmarksTest).
 */
final class PepBookmarks implements BookmarkStore {

    private final XMPPConnection connection;
    private final String accountId;

    PepBookmarks(XMPPConnection connection, String accountId) {
        this.connection = connection;
        this.accountId = accountId;
    }

    @Override
    public List<Bookmark> load() throws SmackException, XMPPException, InterruptedException {
        List<Bookmark> bookmarks = new ArrayList<>();
        for (PayloadItem<ConferenceElement> item : items(Optional.empty())) {
            ConferenceElement c = item.getPayload();
            try {
                bookmarks.add(new Bookmark(new RoomId(accountId, item.getId()), c.name(), c.nick(), c.password(),
                        c.autojoin()));
            } catch (IllegalArgumentException e) {
                // an item whose id is not a room JID is not a bookmark (§3)
            }
        }
        return bookmarks;
    }

    /** The node's conference items (or the one with that id); none when the node or item does not exist. */
    private List<PayloadItem<ConferenceElement>> items(Optional<String> id)
            throws SmackException, XMPPException, InterruptedException {
        PubSub answer;
        try {
            answer = connection.sendIqRequestAndWaitForResponse(new Request(IQ.Type.get, xml -> {
                xml.halfOpenElement("items").attribute("node", NODE);
                if (id.isEmpty()) {
                    xml.closeEmptyElement();
                    return;
                }
                xml.rightAngleBracket();
                xml.halfOpenElement("item").attribute("id", id.get()).closeEmptyElement();
                xml.closeElement("items");
            }));
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() == StanzaError.Condition.item_not_found) {
                return List.of();
            }
            throw e;
        }
        List<PayloadItem<ConferenceElement>> conferences = new ArrayList<>();
        ItemsExtension items = answer.getExtension(PubSubElementType.ITEMS);
        if (items != null) {
            for (NamedElement element : items.getItems()) {
                if (element instanceof PayloadItem<?> item && item.getPayload() instanceof ConferenceElement c
                        && item.getId() != null) {
                    conferences.add(new PayloadItem<>(item.getId(), c));
                }
            }
        }
        return conferences;
    }

    /**
     * Publishes the bookmark, keeping the {@code <extensions/>} the room's current
     * item holds (§3: other clients' data that a client must not drop when it edits
     * a bookmark), which costs one more request.
     */
    @Override
    public void save(Bookmark bookmark) throws SmackException, XMPPException, InterruptedException {
        Optional<String> kept = items(Optional.of(bookmark.room().room())).stream()
                .filter(item -> item.getId().equals(bookmark.room().room()))
                .map(item -> item.getPayload().extensions()).flatMap(Optional::stream).findFirst();
        ConferenceElement payload = new ConferenceElement(bookmark.name(), bookmark.autojoin(), bookmark.nick(),
                bookmark.password()).withExtensions(kept);
        DataForm options = DataForm.builder(DataForm.Type.submit)
                .addField(FormField.buildHiddenFormType("http://jabber.org/protocol/pubsub#publish-options"))
                .addField(text("pubsub#persist_items", "true"))
                .addField(text("pubsub#max_items", "max"))
                .addField(text("pubsub#send_last_published_item", "never"))
                .addField(text("pubsub#access_model", "whitelist")).build();
        connection.sendIqRequestAndWaitForResponse(new Request(IQ.Type.set, xml -> {
            xml.halfOpenElement("publish").attribute("node", NODE).rightAngleBracket();
            xml.halfOpenElement("item").attribute("id", bookmark.room().room()).rightAngleBracket();
            xml.append(payload.toXML());
            xml.closeElement("item").closeElement("publish");
            xml.openElement("publish-options").append(options.toXML()).closeElement("publish-options");
        }));
    }

    private static FormField text(String var, String value) {
        return FormField.textSingleBuilder(var).setValue(value).build();
    }

    /**
     * Retracts the room's item. A room that is not bookmarked (any more: another
     * client may have removed it) counts as removed, as in private storage: Prosody
     * answers {@code item-not-found} (XEP-0060 §7.2.3.6) for it.
     */
    @Override
    public void remove(RoomId room) throws SmackException, XMPPException, InterruptedException {
        try {
            connection.sendIqRequestAndWaitForResponse(new Request(IQ.Type.set, xml -> {
                xml.halfOpenElement("retract").attribute("node", NODE).attribute("notify", "true")
                        .rightAngleBracket();
                xml.halfOpenElement("item").attribute("id", room.room()).closeEmptyElement();
                xml.closeElement("retract");
            }));
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() != StanzaError.Condition.item_not_found) {
                throw e;
            }
        }
    }

    /** A pubsub request to our own bare JID (PEP, XEP-0163: no 'to'). */
    private static final class Request extends IQ {

        private final Consumer<XmlStringBuilder> children;

        Request(IQ.Type type, Consumer<XmlStringBuilder> children) {
            super(PubSub.ELEMENT, PubSub.NAMESPACE);
            setType(type);
            this.children = children;
        }

        @Override
        protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
            xml.rightAngleBracket();
            children.accept(xml);
            return xml;
        }
    }

    /** @return the room's id of the bookmark payload, for the account */
    static Optional<RoomId> room(String accountId, String itemId) {
        try {
            return Optional.of(new RoomId(accountId, itemId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
