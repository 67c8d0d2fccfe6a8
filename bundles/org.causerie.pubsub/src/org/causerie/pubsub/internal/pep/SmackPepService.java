package org.causerie.pubsub.internal.pep;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.causerie.core.spi.SmackSession;
import org.causerie.pubsub.internal.Calls;
import org.causerie.pubsub.internal.Notifier;
import org.causerie.pubsub.pep.Activity;
import org.causerie.pubsub.pep.AvatarImage;
import org.causerie.pubsub.pep.ExtendedPresence;
import org.causerie.pubsub.pep.GeoLocation;
import org.causerie.pubsub.pep.Mood;
import org.causerie.pubsub.pep.PepListener;
import org.causerie.pubsub.pep.PepService;
import org.causerie.pubsub.pep.Tune;
import org.jivesoftware.smackx.pep.PepManager;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.SimplePayload;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link PepService}: publishes the account's own values to its PEP nodes
 * (XEP-0163 §3, item id {@code current}) and keeps what notifications say about
 * everyone, per account; listeners are called on the {@link Notifier}'s thread.
 */
@Component(service = PepService.class, immediate = true)
public final class SmackPepService implements PepService {

    private final Calls calls = new Calls("causerie-pep");
    private final Notifier<PepListener> notifier = new Notifier<>("causerie-pep-events");
    private final Map<String, Map<String, ExtendedPresence>> values = new ConcurrentHashMap<>();
    private final Map<String, PepEvents> listeners = new ConcurrentHashMap<>();
    private volatile boolean active;

    @Activate
    synchronized void activate() {
        active = true;
        calls.sessions().forEach(this::start);
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        calls.sessions().forEach(this::stop);
        calls.stop();
        notifier.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addSession(SmackSession session) {
        calls.add(session);
        if (active) {
            start(session);
        }
    }

    synchronized void removeSession(SmackSession session) {
        if (calls.remove(session)) {
            stop(session);
            values.remove(session.account().id());
        }
    }

    private void start(SmackSession session) {
        String account = session.account().id();
        PepEvents events = new PepEvents((jid, node, xml) -> changed(account, jid, node, xml));
        listeners.put(account, events);
        session.connection().addSyncStanzaListener(events, PepEvents.FILTER);
    }

    private void stop(SmackSession session) {
        PepEvents events = listeners.remove(session.account().id());
        if (events != null) {
            session.connection().removeSyncStanzaListener(events);
        }
    }

    private void changed(String account, String jid, String node, String xml) {
        Map<String, ExtendedPresence> known = values.computeIfAbsent(account, a -> new ConcurrentHashMap<>());
        ExtendedPresence now = known.compute(jid,
                (j, old) -> PepXml.apply(old == null ? ExtendedPresence.NONE : old, node, xml));
        notifier.post(l -> l.changed(account, jid, now));
    }

    private CompletableFuture<Void> publish(String accountId, String node, String xml) {
        return calls.call(accountId, s -> {
            PepManager.getInstanceFor(s.connection()).publish(node,
                    new PayloadItem<>("current", new SimplePayload(xml)));
            changed(accountId, s.connection().getUser().asBareJid().toString(), node, xml);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> setMood(String accountId, Optional<Mood> mood) {
        return publish(accountId, PepNodes.MOOD, PepWriter.mood(mood));
    }

    @Override
    public CompletableFuture<Void> setActivity(String accountId, Optional<Activity> activity) {
        return publish(accountId, PepNodes.ACTIVITY, PepWriter.activity(activity));
    }

    @Override
    public CompletableFuture<Void> setTune(String accountId, Optional<Tune> tune) {
        return publish(accountId, PepNodes.TUNE, PepWriter.tune(tune));
    }

    @Override
    public CompletableFuture<Void> setGeolocation(String accountId, Optional<GeoLocation> location) {
        return publish(accountId, PepNodes.GEOLOC, PepWriter.geoloc(location));
    }

    @Override
    public CompletableFuture<Void> setNick(String accountId, Optional<String> nick) {
        return publish(accountId, PepNodes.NICK, PepWriter.nick(nick));
    }

    @Override
    public CompletableFuture<Void> setAvatar(String accountId, Optional<AvatarImage> avatar) {
        return calls.call(accountId, s -> {
            Avatars.publish(s.connection(), avatar);
            String xml = avatar.map(a -> "<metadata xmlns='" + PepNodes.AVATAR_METADATA + "'><info id='"
                    + Avatars.sha1(a.data()) + "' type='" + org.causerie.pubsub.internal.Payloads.escape(a.type())
                    + "' bytes='" + a.data().length + "' width='" + a.width() + "' height='" + a.height()
                    + "'/></metadata>").orElse("");
            changed(accountId, s.connection().getUser().asBareJid().toString(), PepNodes.AVATAR_METADATA, xml);
            return null;
        });
    }

    @Override
    public ExtendedPresence own(String accountId) {
        for (SmackSession session : calls.sessions()) {
            if (session.account().id().equals(accountId)) {
                String own = session.account().jid();
                return values.getOrDefault(accountId, Map.of()).getOrDefault(own, ExtendedPresence.NONE);
            }
        }
        return ExtendedPresence.NONE;
    }

    @Override
    public Map<String, ExtendedPresence> contacts(String accountId) {
        Map<String, ExtendedPresence> known = new java.util.TreeMap<>(values.getOrDefault(accountId, Map.of()));
        for (SmackSession session : calls.sessions()) {
            if (session.account().id().equals(accountId)) {
                known.remove(session.account().jid());
            }
        }
        known.values().removeIf(ExtendedPresence::isEmpty);
        return Map.copyOf(known);
    }

    @Override
    public ExtendedPresence contact(String accountId, String jid) {
        return values.getOrDefault(accountId, Map.of()).getOrDefault(jid, ExtendedPresence.NONE);
    }

    @Override
    public CompletableFuture<byte[]> avatarData(String accountId, String jid, String avatarId) {
        Calls.service(jid);
        return calls.call(accountId, s -> Avatars.data(s.connection(), jid, avatarId));
    }

    @Override
    public void addListener(PepListener listener) {
        notifier.add(listener);
    }

    @Override
    public void removeListener(PepListener listener) {
        notifier.remove(listener);
    }
}
