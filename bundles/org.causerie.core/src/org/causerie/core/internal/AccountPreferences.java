package org.causerie.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.causerie.core.Account;
import org.causerie.core.TlsPolicy;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Accounts in Eclipse preferences, one child node per account id. Holds no
 * password: see {@link PasswordStore}.
 */
final class AccountPreferences {

    private final Preferences root;

    AccountPreferences(Preferences root) {
        this.root = root;
    }

    synchronized List<Account> load() {
        List<Account> accounts = new ArrayList<>();
        try {
            for (String id : root.childrenNames()) {
                Preferences node = root.node(id);
                try {
                    accounts.add(read(id, node));
                } catch (IllegalArgumentException e) {
                    System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING,
                            "skipping unreadable account " + id + ": " + e.getMessage());
                }
            }
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot read accounts from preferences", e);
        }
        accounts.sort(Comparator.comparingLong(a -> root.node(a.id()).getLong("created", 0)));
        return accounts;
    }

    synchronized void save(Account account) {
        Preferences node = root.node(account.id());
        if (node.getLong("created", 0) == 0) {
            node.putLong("created", System.nanoTime() + System.currentTimeMillis() * 1_000_000L);
        }
        node.put("jid", account.jid());
        putOptional(node, "host", account.host().orElse(null));
        if (account.port().isPresent()) {
            node.putInt("port", account.port().getAsInt());
        } else {
            node.remove("port");
        }
        node.put("resource", account.resource());
        node.putInt("priority", account.priority());
        node.put("tls", account.tlsPolicy().name());
        node.putBoolean("autoConnect", account.autoConnect());
        putOptional(node, "pinnedCertificate", account.pinnedCertificate().orElse(null));
        flush();
    }

    synchronized void remove(String id) {
        try {
            if (root.nodeExists(id)) {
                root.node(id).removeNode();
                flush();
            }
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot remove account " + id, e);
        }
    }

    private static Account read(String id, Preferences node) {
        return Account.builder(node.get("jid", null))
                .id(id)
                .host(node.get("host", null))
                .port(node.getInt("port", 0))
                .resource(node.get("resource", Account.DEFAULT_RESOURCE))
                .priority(node.getInt("priority", 0))
                .tlsPolicy(TlsPolicy.valueOf(node.get("tls", TlsPolicy.REQUIRED.name())))
                .autoConnect(node.getBoolean("autoConnect", false))
                .pinnedCertificate(node.get("pinnedCertificate", null))
                .build();
    }

    private static void putOptional(Preferences node, String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    private void flush() {
        try {
            root.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot write accounts to preferences", e);
        }
    }
}
