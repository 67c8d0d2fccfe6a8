package org.causerie.pubsub.ui.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.causerie.core.XmppSession;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** The accounts connected now (one {@link XmppSession} service each). Thread-safe. */
public final class Accounts implements AutoCloseable {

    /** One connected account: its id and bare JID. */
    public record Choice(String accountId, String jid) {
    }

    private final ServiceTracker<XmppSession, XmppSession> sessions;

    public Accounts(BundleContext context) {
        sessions = new ServiceTracker<>(context, XmppSession.class, null);
        sessions.open();
    }

    public List<Choice> connected() {
        Object[] services = sessions.getServices();
        if (services == null) {
            return List.of();
        }
        return Arrays.stream(services).map(s -> ((XmppSession) s).account())
                .map(a -> new Choice(a.id(), a.jid())).distinct()
                .sorted(Comparator.comparing(Choice::jid).thenComparing(Choice::accountId)).toList();
    }

    /** @return how an account is named on screen: its JID when connected, else its id */
    public String name(String accountId) {
        return connected().stream().filter(c -> c.accountId().equals(accountId)).map(Choice::jid).findFirst()
                .orElse(accountId);
    }

    @Override
    public void close() {
        sessions.close();
    }
}
