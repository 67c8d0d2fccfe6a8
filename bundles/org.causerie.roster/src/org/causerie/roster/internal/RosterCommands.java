package org.causerie.roster.internal;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.causerie.roster.Contact;
import org.causerie.roster.RosterException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * The roster and subscription operations of one account: roster sets (RFC 6121
 * §2.3-2.5) sent without waiting on a thread, subscription presence (§3) sent on
 * the given executor.
 */
final class RosterCommands {

    private final AccountRoster account;
    private final XMPPConnection connection;
    private final Executor executor;

    RosterCommands(AccountRoster account, Executor executor) {
        this.account = account;
        this.connection = account.connection();
        this.executor = executor;
    }

    CompletableFuture<Void> add(String jid, Optional<String> name, Set<String> groups) {
        return set(jid, name, groups, false).thenCompose(v -> presence(jid, Presence.Type.subscribe));
    }

    CompletableFuture<Void> rename(String jid, Optional<String> name) {
        return current(jid).thenCompose(c -> set(jid, name, c.groups(), false));
    }

    CompletableFuture<Void> setGroups(String jid, Set<String> groups) {
        return current(jid).thenCompose(c -> set(jid, c.name(), groups, false));
    }

    /** RFC 6121 §2.5.2: the server cancels both subscriptions and removes the item. */
    CompletableFuture<Void> remove(String jid) {
        return set(jid, Optional.empty(), Set.of(), true);
    }

    /** RFC 6121 §3.1.5, then §3.1.1 when asking back and not already seeing or asking. */
    CompletableFuture<Void> approve(String jid, boolean askBack) {
        CompletableFuture<Void> approved = presence(jid, Presence.Type.subscribed)
                .thenRun(() -> account.answered(jid));
        if (!askBack) {
            return approved;
        }
        return approved.thenCompose(v -> {
            Optional<Contact> contact = account.state().snapshot().contact(jid);
            boolean alreadyAsked = contact.map(c -> c.subscription().seesContact() || c.pendingOut()).orElse(false);
            return alreadyAsked ? CompletableFuture.completedFuture(null) : presence(jid, Presence.Type.subscribe);
        });
    }

    /** RFC 6121 §3.2: refuses a request, or revokes an approval given before. */
    CompletableFuture<Void> deny(String jid) {
        return presence(jid, Presence.Type.unsubscribed).thenRun(() -> account.answered(jid));
    }

    /** RFC 6121 §3.3. */
    CompletableFuture<Void> unsubscribe(String jid) {
        return presence(jid, Presence.Type.unsubscribe);
    }

    private CompletableFuture<Contact> current(String jid) {
        return account.state().snapshot().contact(jid).map(CompletableFuture::completedFuture)
                .orElseGet(() -> CompletableFuture.failedFuture(
                        new RosterException(jid + " is not in the roster", "item-not-found", null)));
    }

    /** One roster set with one item (RFC 6121 §2.3.2); the server's push updates the state. */
    private CompletableFuture<Void> set(String jid, Optional<String> name, Set<String> groups, boolean remove) {
        RosterPacket.Item item;
        try {
            item = new RosterPacket.Item(bareJid(jid), name.filter(n -> !n.isBlank()).orElse(null));
        } catch (RosterException e) {
            return CompletableFuture.failedFuture(e);
        }
        groups.stream().filter(g -> !g.isBlank()).forEach(item::addGroupName);
        if (remove) {
            item.setItemType(RosterPacket.ItemType.remove);
        }
        RosterPacket packet = new RosterPacket();
        packet.setType(IQ.Type.set);
        packet.addRosterItem(item);
        return Iqs.request(connection, packet, IQ.class).thenApply(result -> null);
    }

    private CompletableFuture<Void> presence(String jid, Presence.Type type) {
        BareJid to;
        try {
            to = bareJid(jid);
        } catch (RosterException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                Iqs.send(connection, connection.getStanzaFactory().buildPresenceStanza().ofType(type).to(to)
                        .build());
            } catch (RosterException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    static BareJid bareJid(String jid) throws RosterException {
        try {
            return JidCreate.bareFrom(jid);
        } catch (XmppStringprepException | IllegalArgumentException e) {
            throw new RosterException("not a valid bare JID: " + jid, "jid-malformed", e);
        }
    }
}
