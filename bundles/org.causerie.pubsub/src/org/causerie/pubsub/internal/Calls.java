package org.causerie.pubsub.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.spi.SmackSession;
import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.PubSubException;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * The sessions a service follows and the blocking Smack work it runs for them,
 * on threads of its own, failures turned into {@link PubSubException}s.
 */
public final class Calls {

    /** Blocking work on a session. */
    public interface Work<T> {
        T run(SmackSession session) throws Exception;
    }

    private final Map<String, SmackSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor;

    public Calls(String name) {
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public void add(SmackSession session) {
        sessions.put(session.account().id(), session);
    }

    /** @return whether this very session was followed */
    public boolean remove(SmackSession session) {
        return sessions.remove(session.account().id(), session);
    }

    public Iterable<SmackSession> sessions() {
        return sessions.values();
    }

    public <T> CompletableFuture<T> call(String accountId, Work<T> work) {
        SmackSession session = sessions.get(accountId);
        if (session == null) {
            return CompletableFuture.failedFuture(
                    new PubSubException(PubSubError.NOT_CONNECTED, "account " + accountId + " is not connected"));
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return work.run(session);
                } catch (Exception e) {
                    throw new CompletionException(PubSubErrors.of(e));
                }
            }, executor);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new PubSubException(PubSubError.NOT_CONNECTED, "stopped"));
        }
    }

    public void stop() {
        executor.shutdownNow();
        sessions.clear();
    }

    /**
     * @return the JID of a service: a domain, or a bare JID (a personal eventing service)
     * @throws IllegalArgumentException for anything else
     */
    public static BareJid service(String service) {
        if (service == null || service.isBlank() || service.contains("/")
                || service.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a service address: " + service);
        }
        try {
            return JidCreate.bareFrom(service);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a service address: " + service, e);
        }
    }

    /** @throws IllegalArgumentException for a JID that does not parse */
    public static Jid jid(String jid) {
        try {
            return JidCreate.from(jid == null ? "" : jid.trim());
        } catch (XmppStringprepException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a JID: " + jid, e);
        }
    }

    public static void nodeName(String node) {
        if (node == null || node.isBlank()) {
            throw new IllegalArgumentException("the node name is empty");
        }
    }
}
