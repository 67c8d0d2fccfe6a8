package org.causerie.muc.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.causerie.core.Account;
import org.causerie.core.XmppSession;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The accounts connected now (one {@link XmppSession} service each, stored in the
 * preferences or not): what the room dialogs offer to join with. Thread-safe.
 */
public final class ConnectedAccounts implements AutoCloseable {

    /**
     * One connected account.
     *
     * @param accountId its id
     * @param jid its bare JID
     * @param localpart the user name, the default nickname in rooms
     */
    public record Choice(String accountId, String jid, String localpart) {
    }

    private final ServiceTracker<XmppSession, XmppSession> sessions;

    public ConnectedAccounts(BundleContext context) {
        sessions = new ServiceTracker<>(context, XmppSession.class, null);
        sessions.open();
    }

    /** @return the connected accounts, by JID */
    public List<Choice> connected() {
        Object[] services = sessions.getServices();
        if (services == null) {
            return List.of();
        }
        return java.util.Arrays.stream(services).map(s -> ((XmppSession) s).account())
                .map(a -> new Choice(a.id(), a.jid(), a.localpart())).distinct()
                .sorted(Comparator.comparing(Choice::jid).thenComparing(Choice::accountId)).toList();
    }

    /** @return the connected account with that id */
    public Optional<Choice> find(String accountId) {
        return connected().stream().filter(c -> c.accountId().equals(accountId)).findFirst();
    }

    /** @return how an account is named on screen: its JID when connected, else its id */
    public String name(String accountId) {
        return find(accountId).map(Choice::jid).orElse(accountId);
    }

    /** @return the account's user name, for a default nickname */
    public static String localpart(Account account) {
        return account.localpart();
    }

    @Override
    public void close() {
        sessions.close();
    }
}
