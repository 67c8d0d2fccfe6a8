package org.causerie.roster.ui.internal.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterSnapshot;

/**
 * One account's roster as the view's worker thread keeps it: a snapshot, then
 * every newer {@link RosterChange} applied. Mutable; used by one thread only.
 */
public final class AccountState {

    private final String accountId;
    private final String accountJid;
    private final String boundJid;
    private final Map<String, Contact> contacts;
    private List<ResourcePresence> ownResources;
    private long version;
    private boolean loaded;

    /** @param snapshot the account's roster when the view first saw it */
    public AccountState(RosterSnapshot snapshot) {
        accountId = snapshot.accountId();
        accountJid = snapshot.accountJid();
        boundJid = snapshot.boundJid();
        contacts = new HashMap<>(snapshot.contacts());
        ownResources = snapshot.ownResources();
        version = snapshot.version();
        loaded = snapshot.loaded();
    }

    /**
     * Applies a change unless it is not newer than what this state holds (a change
     * may arrive after a snapshot that already contains it).
     *
     * @return whether anything was applied
     */
    public boolean apply(RosterChange change) {
        if (change.version() <= version) {
            return false;
        }
        version = change.version();
        loaded = change.loaded();
        change.removed().forEach(contacts::remove);
        change.added().forEach(c -> contacts.put(c.jid(), c));
        change.updated().forEach(c -> contacts.put(c.jid(), c));
        change.ownResources().ifPresent(own -> ownResources = own);
        return true;
    }

    public String accountId() {
        return accountId;
    }

    public String accountJid() {
        return accountJid;
    }

    /** @return the full JID this client is bound to */
    public String boundJid() {
        return boundJid;
    }

    /** @return the contacts by bare JID (a live view: read on the owning thread only) */
    public Map<String, Contact> contacts() {
        return contacts;
    }

    public List<ResourcePresence> ownResources() {
        return ownResources;
    }

    public long version() {
        return version;
    }

    public boolean loaded() {
        return loaded;
    }
}
