package org.causerie.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.causerie.core.Account;
import org.causerie.core.ConnectionState;
import org.causerie.core.Encryption;
import org.causerie.core.MessageListener;
import org.causerie.core.OwnPresence;
import org.causerie.core.PresenceListener;
import org.causerie.core.PresenceMode;
import org.causerie.core.spi.SmackSession;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.MessageWithBodiesFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.iqregister.AccountManager;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The service object registered for a connected account. One per connection
 * object; it survives automatic reconnections (stream resumption needs the same
 * Smack connection).
 */
final class SmackXmppSession implements SmackSession {

    private static final Logger LOG = System.getLogger(SmackXmppSession.class.getName());

    private final SessionController controller;
    private final XMPPTCPConnection connection;
    private final Executor executor;
    private final SendQueue queue = new SendQueue();
    private final MessageInbox inbox;
    private final Acknowledgements acknowledgements;
    private final List<PresenceListener> presenceListeners = new CopyOnWriteArrayList<>();
    private volatile OwnPresence presence;
    private volatile boolean hidden;
    /** Whether available presence has been broadcast on the current stream. */
    private volatile boolean announced;

    SmackXmppSession(SessionController controller, XMPPTCPConnection connection, Executor executor) {
        this.controller = controller;
        this.connection = connection;
        this.executor = executor;
        this.inbox = new MessageInbox(controller.account().jid());
        this.presence = OwnPresence.available(controller.account().priority());
        // Sync listeners run in stanza order on one Smack thread (listeners must not block).
        connection.addSyncStanzaListener(stanza -> inbox.arrived((Message) stanza), MessageWithBodiesFilter.INSTANCE);
        connection.addSyncStanzaListener(this::presenceArrived, StanzaTypeFilter.PRESENCE);
        this.acknowledgements = new Acknowledgements(connection);
    }

    @Override
    public XMPPTCPConnection connection() {
        return connection;
    }

    @Override
    public Account account() {
        return controller.account();
    }

    @Override
    public ConnectionState state() {
        return controller.state();
    }

    @Override
    public String boundJid() {
        return String.valueOf(connection.getUser());
    }

    @Override
    public Optional<Encryption> encryption() {
        return PinningHostnameVerifier.negotiated(connection);
    }

    @Override
    public OwnPresence presence() {
        return presence;
    }

    @Override
    public CompletableFuture<Void> setPresence(OwnPresence newPresence) {
        return CompletableFuture.runAsync(() -> {
            presence = newPresence;
            if (connection.isAuthenticated()) {
                try {
                    announce();
                } catch (SmackException | XMPPException e) {
                    throw new IllegalStateException("presence not set: " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, executor);
    }

    /** Sends the current presence; called after (re)login and on every change. */
    void announce() throws SmackException, XMPPException, InterruptedException {
        boolean invisible = presence.mode() == PresenceMode.INVISIBLE;
        if (invisible != hidden) {
            Invisibility.Method method = Invisibility.method(connection);
            if (invisible) {
                Invisibility.hide(connection, method, announced);
            } else {
                Invisibility.show(connection, method);
            }
            hidden = invisible;
        }
        connection.sendStanza(PresenceStanzas.toStanza(connection.getStanzaFactory(), presence));
        announced = !invisible;
    }

    /** Sets the presence the first announcement uses. */
    void initialPresence(OwnPresence initial) {
        if (initial != null) {
            presence = initial;
        }
    }

    /** A new stream (not resumed) starts with no server-side invisibility. */
    void streamRestarted() {
        hidden = false;
        announced = false;
    }

    void flushQueue() {
        queue.flush(connection);
        List<String> sent = acknowledgements.awaitedIds();
        if (!connection.isSmEnabled() && queue.size() == 0 && !sent.isEmpty()) {
            // The stream came back without stream management: what was queued is sent
            // now, and the answer to a request after it stands for acknowledgements.
            discoverFeatures(account().domain()).thenRun(() -> sent.forEach(acknowledgements::complete));
        }
    }

    @Override
    public String sendMessage(String to, String body) {
        Message message = chatMessage(to, body);
        queue.send(connection, message);
        return message.getStanzaId();
    }

    @Override
    public CompletableFuture<String> sendMessageAcknowledged(String to, String body) {
        return sendAcknowledged(chatMessage(to, body));
    }

    @Override
    public void send(Stanza stanza) {
        queue.send(connection, stanza);
    }

    @Override
    public CompletableFuture<String> sendAcknowledged(Stanza stanza) {
        String id = stanza.getStanzaId();
        if (!connection.isSmEnabled() && connection.isAuthenticated()) {
            queue.send(connection, stanza);
            return discoverFeatures(account().domain()).thenApply(features -> id);
        }
        // Smack asks for an acknowledgement after every message (XEP-0198 §4); for other
        // stanzas flushQueue's or the next message's request covers them.
        CompletableFuture<String> acknowledged = acknowledgements.await(id);
        queue.send(connection, stanza);
        return acknowledged;
    }

    private Message chatMessage(String to, String body) {
        try {
            return connection.getStanzaFactory().buildMessageStanza()
                    .to(JidCreate.from(to)).ofType(Message.Type.chat).setBody(body).build();
        } catch (org.jxmpp.stringprep.XmppStringprepException e) {
            throw new IllegalArgumentException("not a valid JID: " + to, e);
        }
    }

    /** The session ended for good: nothing more will be acknowledged. */
    void closed(Exception reason) {
        acknowledgements.failAll(reason);
    }

    @Override
    public int queuedMessages() {
        return queue.size();
    }

    @Override
    public CompletableFuture<Void> changePassword(char[] newPassword) {
        char[] copy = newPassword.clone();
        return CompletableFuture.runAsync(() -> {
            try {
                AccountManager.getInstance(connection).changePassword(new String(copy));
                controller.passwordChanged(copy);
            } catch (XMPPException.XMPPErrorException e) {
                throw new java.util.concurrent.CompletionException(new org.causerie.core.RegistrationException(
                        e.getStanzaError().getCondition().toString(), e.getStanzaError().getDescriptiveText()));
            } catch (SmackException | InterruptedException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    @Override
    public CompletableFuture<Set<String>> discoverFeatures(String jid) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                // A live query: the caps cache (XEP-0115) may lag behind a feature change.
                DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(connection)
                        .discoverInfo(JidCreate.from(jid), null);
                return info.getFeatures().stream().map(DiscoverInfo.Feature::getVar)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    @Override
    public void addMessageListener(MessageListener listener) {
        inbox.addListener(listener);
    }

    @Override
    public void removeMessageListener(MessageListener listener) {
        inbox.removeListener(listener);
    }

    @Override
    public void addPresenceListener(PresenceListener listener) {
        presenceListeners.add(listener);
    }

    @Override
    public void removePresenceListener(PresenceListener listener) {
        presenceListeners.remove(listener);
    }

    private void presenceArrived(Stanza stanza) {
        Presence smackPresence = (Presence) stanza;
        if (smackPresence.getType() != Presence.Type.available && smackPresence.getType() != Presence.Type.unavailable) {
            return;
        }
        var model = PresenceStanzas.fromStanza(smackPresence);
        for (PresenceListener listener : presenceListeners) {
            try {
                listener.presenceReceived(model);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "presence listener failed", e);
            }
        }
    }
}
