package org.causerie.roster.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.roster.rosterstore.RosterStore;
import org.jxmpp.jid.Jid;

/**
 * Keeps one account's roster and its version in memory across the account's
 * streams, so a later login asks for the roster with {@code ver} (RFC 6121
 * §2.6) and a server that has nothing new answers with an empty result instead
 * of the whole roster. Lives as long as the roster bundle is active.
 */
final class MemoryRosterStore implements RosterStore {

    private final Map<Jid, RosterPacket.Item> items = new ConcurrentHashMap<>();
    private volatile String version = "";

    @Override
    public List<RosterPacket.Item> getEntries() {
        return new ArrayList<>(items.values());
    }

    @Override
    public RosterPacket.Item getEntry(Jid bareJid) {
        return items.get(bareJid);
    }

    @Override
    public String getRosterVersion() {
        return version;
    }

    @Override
    public boolean addEntry(RosterPacket.Item item, String newVersion) {
        items.put(item.getJid(), item);
        version = newVersion == null ? "" : newVersion;
        return true;
    }

    @Override
    public synchronized boolean resetEntries(Collection<RosterPacket.Item> all, String newVersion) {
        items.clear();
        all.forEach(item -> items.put(item.getJid(), item));
        version = newVersion == null ? "" : newVersion;
        return true;
    }

    @Override
    public boolean removeEntry(Jid bareJid, String newVersion) {
        items.remove(bareJid);
        version = newVersion == null ? "" : newVersion;
        return true;
    }

    @Override
    public void resetStore() {
        items.clear();
        version = "";
    }
}
