package org.causerie.example.attention.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.MessagePayloadContribution;
import org.causerie.core.Payload;
import org.causerie.core.XepContribution;
import org.causerie.core.spi.SmackProvider;
import org.causerie.core.spi.SmackProviderContribution;
import org.causerie.core.spi.SmackSession;
import org.causerie.core.spi.SmackSessionParticipant;
import org.causerie.example.attention.AttentionService;
import org.causerie.example.attention.Buzz;
import org.causerie.example.attention.BuzzListener;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;

/**
 * XEP-0224 on Causerie's sessions: advertises {@value Attention#NAMESPACE}
 * (XEP-0224 §4), registers the element's parser through the core (removed when
 * the plugin stops), listens for attention on every session and sends it, and
 * asks the chat to keep the element in messages (the UI renders it).
 */
@Component(service = { XepContribution.class, MessagePayloadContribution.class, AttentionService.class })
public final class AttentionXep implements XepContribution, MessagePayloadContribution, SmackProviderContribution,
        SmackSessionParticipant, AttentionService {

    private static final int KEPT = 100;

    private final Map<String, SmackSession> sessions = new ConcurrentHashMap<>();
    private final Map<SmackSession, StanzaListener> stanzaListeners = new ConcurrentHashMap<>();
    private final List<BuzzListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Buzz> received = new ArrayDeque<>();
    private final AttentionSettings settings = new AttentionSettings();
    private final AtomicInteger refused = new AtomicInteger();

    @Override
    public Set<String> xeps() {
        return Set.of("XEP-0224");
    }

    @Override
    public Set<String> discoFeatures() {
        return Set.of(Attention.NAMESPACE);
    }

    /** The chat keeps the element, so the UI's renderer shows a buzz in the conversation. */
    @Override
    public Set<String> payloadNamespaces() {
        return Set.of(Attention.NAMESPACE);
    }

    /** As {@link #arrived}: with "roster only" set, a stranger's buzz stays out of the conversation too. */
    @Override
    public boolean keep(String accountId, String fromJid, Payload payload) {
        SmackSession session = sessions.get(accountId);
        return !settings.rosterOnly() || session != null && inRoster(session, fromJid);
    }

    private static boolean inRoster(SmackSession session, String jid) {
        try {
            return Roster.getInstanceFor(session.connection()).getEntry(JidCreate.bareFrom(jid)) != null;
        } catch (XmppStringprepException e) {
            return false;
        }
    }

    @Override
    public List<SmackProvider> providers() {
        return List.of(SmackProvider.extension(Attention.ELEMENT, Attention.NAMESPACE, new AttentionProvider()));
    }

    @Override
    public void join(SmackSession session) {
        StanzaListener listener = stanza -> arrived(session, stanza);
        StanzaFilter attention = stanza -> stanza instanceof Message && Attention.in(stanza);
        stanzaListeners.put(session, listener);
        session.connection().addAsyncStanzaListener(listener, attention);
        sessions.put(session.account().id(), session);
    }

    @Override
    public void leave(SmackSession session) {
        StanzaListener listener = stanzaListeners.remove(session);
        if (listener != null) {
            session.connection().removeAsyncStanzaListener(listener);
        }
        sessions.remove(session.account().id(), session);
    }

    private void arrived(SmackSession session, Stanza stanza) {
        // XEP-0224 §5: attention stored offline and delivered later is stale; ignore it.
        if (stanza.hasExtension(DelayInformation.ELEMENT, DelayInformation.NAMESPACE) || stanza.getFrom() == null) {
            return;
        }
        if (settings.rosterOnly() && !inRoster(session, stanza.getFrom().toString())) {
            refused.incrementAndGet();
            return;
        }
        Buzz buzz = new Buzz(session.account().id(), stanza.getFrom().asBareJid().toString(), Instant.now());
        synchronized (received) {
            received.addLast(buzz);
            if (received.size() > KEPT) {
                received.removeFirst();
            }
        }
        listeners.forEach(l -> l.buzzed(buzz));
    }

    @Override
    public CompletableFuture<Void> buzz(String accountId, String jid) {
        SmackSession session = sessions.get(accountId);
        if (session == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("account " + accountId
                    + " is not connected"));
        }
        Message message;
        try {
            // XEP-0224 §3: a headline message, so that it is not stored offline.
            message = session.connection().getStanzaFactory().buildMessageStanza().to(JidCreate.from(jid))
                    .ofType(Message.Type.headline).addExtension(Attention.INSTANCE).build();
        } catch (XmppStringprepException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("not a valid JID: " + jid, e));
        }
        return session.sendAcknowledged(message).thenApply(id -> null);
    }

    @Override
    public boolean rosterOnly() {
        return settings.rosterOnly();
    }

    @Override
    public void setRosterOnly(boolean rosterOnly) {
        try {
            settings.setRosterOnly(rosterOnly);
        } catch (BackingStoreException e) {
            throw new IllegalStateException("the setting could not be written: " + e.getMessage(), e);
        }
    }

    /** @return how many buzzes were ignored because their sender was not in the roster (for tests) */
    public int refused() {
        return refused.get();
    }

    @Override
    public List<Buzz> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void addListener(BuzzListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(BuzzListener listener) {
        listeners.remove(listener);
    }
}
