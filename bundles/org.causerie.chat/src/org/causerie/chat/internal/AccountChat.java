package org.causerie.chat.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.core.MessageListener;
import org.causerie.core.XmppMessage;
import org.causerie.core.spi.SmackPayloads;
import org.causerie.core.spi.SmackSession;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.carbons.CarbonManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptManager.AutoReceiptMode;

/**
 * Chat on one session: installs the stanza handlers on its connection, enables
 * message carbons (XEP-0280 §4) on every new stream, and claims the messages
 * the session kept before anyone listened.
 */
final class AccountChat {

    private static final Logger LOG = System.getLogger(AccountChat.class.getName());

    private final SmackSession session;
    private final XMPPConnection connection;
    private final Inbound inbound;
    private final Outbound outbound;
    private final StanzaListener messages = stanza -> received((Message) stanza);
    private final ConnectionListener reconnections = new ConnectionListener() {
        @Override
        public void authenticated(XMPPConnection c, boolean resumed) {
            if (!resumed) {
                // A new stream starts without carbons (XEP-0280 §4: enabled per session).
                enableCarbons();
            }
        }
    };
    /** Set only while the session hands over the messages it kept (see {@link #start()}). */
    private volatile boolean claiming;
    private final MessageListener backlog = this::kept;

    AccountChat(SmackSession session, Conversations conversations, SmackPayloads payloads) {
        this.session = session;
        this.connection = session.connection();
        this.inbound = new Inbound(session.account().id(), conversations, payloads);
        this.outbound = new Outbound(session, conversations);
    }

    /** @return the full JID this session is bound to now */
    String boundJid() {
        return session.boundJid();
    }

    String accountId() {
        return session.account().id();
    }

    Outbound outbound() {
        return outbound;
    }

    void start() {
        connection.addSyncStanzaListener(messages, StanzaTypeFilter.MESSAGE);
        // Receipts are answered only while this bundle runs (XEP-0184 §5.1; core leaves them off).
        DeliveryReceiptManager.getInstanceFor(connection).setAutoReceiptMode(AutoReceiptMode.ifIsSubscribed);
        connection.addConnectionListener(reconnections);
        enableCarbons();
        // Messages that came before the handler above (offline messages, when this
        // bundle started after the account connected) wait in the session for its
        // first listener. Only those are taken from it: later ones come through the handler.
        claiming = true;
        try {
            session.addMessageListener(backlog);
        } finally {
            claiming = false;
        }
    }

    void stop() {
        connection.removeSyncStanzaListener(messages);
        DeliveryReceiptManager.getInstanceFor(connection).setAutoReceiptMode(AutoReceiptMode.disabled);
        connection.removeConnectionListener(reconnections);
        session.removeMessageListener(backlog);
    }

    private void received(Message message) {
        try {
            String own = connection.getUser() == null ? "" : connection.getUser().asBareJid().toString();
            inbound.received(message, own);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot handle a message from " + message.getFrom(), e);
        }
    }

    private void kept(XmppMessage message) {
        if (!claiming) {
            return;
        }
        boolean delayed = message.delayed();
        ConversationId id = ConversationId.of(accountId(), message.from());
        String stanzaId = message.id().isEmpty() ? "local-" + java.util.UUID.randomUUID() : message.id();
        inbound.conversations().get(id).add(new ChatMessage(stanzaId, id, ChatMessage.Direction.IN,
                message.from(), message.to(), message.body(), message.timestamp(), DeliveryState.DELIVERED,
                delayed, Optional.empty(), false));
    }

    private void enableCarbons() {
        CarbonManager.getInstanceFor(connection).enableCarbonsAsync(
                e -> LOG.log(Level.INFO, () -> accountId() + ": message carbons not enabled: " + e));
    }
}
