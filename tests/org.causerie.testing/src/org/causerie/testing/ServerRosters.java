package org.causerie.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The rosters a private ejabberd node stores ({@link EjabberdServer#rosters()}),
 * filled, read and awaited server-side, apart from any client: in batches through
 * one short-lived Erlang node, or by {@code ejabberdctl}.
 */
public final class ServerRosters {

    private static final String DOMAIN = EjabberdServer.DOMAIN;

    private final ErlangRpc rpc;
    private final NodeControl control;
    private final Path workDir;

    ServerRosters(ErlangRpc rpc, NodeControl control, Path workDir) {
        this.rpc = rpc;
        this.control = control;
        this.workDir = workDir;
    }

    private static String localpart(String user) {
        return EjabberdServer.localpart(user);
    }

    /**
     * Puts each user in the other's roster with subscription "both" (as
     * {@code ejabberdctl add_rosteritem} does), so presence flows between them.
     *
     * @param userA a local user name (or bare JID at {@value EjabberdServer#DOMAIN})
     * @param userB a local user name (or bare JID at {@value EjabberdServer#DOMAIN})
     */
    public void addPair(String userA, String userB) {
        String a = localpart(userA);
        String b = localpart(userB);
        List<String> results = rpc.call(List.of(rosterItem(a, b), rosterItem(b, a)));
        if (!results.equals(List.of("ok", "ok"))) {
            throw new EjabberdException("cannot pair rosters of " + a + " and " + b + ": " + results);
        }
    }

    /**
     * Puts roster items into users' rosters server-side, all in one batch (as
     * {@code ejabberdctl add_rosteritem} does, one item each): fast enough for
     * thousands of items, and the owners' connected clients get roster pushes.
     *
     * @param items the items to add
     */
    public void addItems(List<RosterItem> items) {
        List<ErlangRpc.Call> calls = items.stream().map(i -> new ErlangRpc.Call("mod_admin_extra", "add_rosteritem",
                List.of(localpart(i.owner()), DOMAIN, localpart(i.contact()), DOMAIN, i.nick(), i.group(),
                        i.subscription()))).toList();
        List<String> results = rpc.call(calls);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!"ok".equals(results.get(i))) {
                failures.add(items.get(i) + ": " + results.get(i));
            }
        }
        if (!failures.isEmpty()) {
            throw new EjabberdException("cannot add roster items " + failures.subList(0, Math.min(5, failures.size()))
                    + (failures.size() > 5 ? " and " + (failures.size() - 5) + " more" : ""));
        }
    }

    private static ErlangRpc.Call rosterItem(String owner, String contact) {
        return new ErlangRpc.Call("mod_admin_extra", "add_rosteritem",
                List.of(owner, DOMAIN, contact, DOMAIN, contact, "", "both"));
    }

    /**
     * @param user a local user name at {@value EjabberdServer#DOMAIN}
     * @return how many items the server has in that user's roster now ({@code ejabberdctl get_roster})
     */
    public int size(String user) {
        return (int) control.ctl("get_roster", localpart(user), DOMAIN).lines().filter(line -> !line.isBlank()).count();
    }

    /**
     * What the server stores in a user's roster now ({@code ejabberdctl get_roster}),
     * read apart from any client: one item per group of each contact ({@code ""}
     * for a contact in no group).
     *
     * @param user a local user name (or bare JID at {@value EjabberdServer#DOMAIN})
     * @return the items, owner {@code user}'s local name
     */
    public List<RosterItem> of(String user) {
        String owner = localpart(user);
        List<RosterItem> items = new ArrayList<>();
        for (String line : control.ctl("get_roster", owner, DOMAIN).lines().filter(l -> !l.isBlank()).toList()) {
            String[] fields = line.split("\t", -1); // jid, nick, subscription, ask, group
            if (fields.length != 5) {
                throw new EjabberdException("unexpected get_roster line: " + line);
            }
            items.add(new RosterItem(owner, fields[0], fields[1], fields[4], fields[2]));
        }
        return items;
    }

    /**
     * Fills a user's roster server-side with {@code count} contacts
     * ({@code contact<i>@domain}, nickname "Contact i", group {@code G<i % groups>},
     * subscription "both") by one {@code ejabberdctl push_roster} of a file
     * (mod_admin_extra): one {@code add_rosteritem} per item would take a minute for
     * 10,000. Returns once the server has stored every item.
     *
     * @param user a local user name (or bare JID at {@value EjabberdServer#DOMAIN})
     * @throws EjabberdException when the file cannot be written or the server does not take it
     */
    public void push(String user, int count, int groups) {
        String owner = localpart(user);
        StringBuilder terms = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            terms.append(i == 0 ? "" : ",\n").append("{<<\"contact").append(i).append("\">>, <<\"").append(DOMAIN)
                    .append("\">>, <<\"G").append(i % groups).append("\">>, <<\"Contact ").append(i).append("\">>}");
        }
        terms.append("].\n");
        Path file = workDir.resolve("roster-" + owner + ".txt");
        try {
            Files.writeString(file, terms);
        } catch (IOException e) {
            throw new EjabberdException("cannot write " + file, e);
        }
        control.ctl("push_roster", file.toAbsolutePath().toString(), owner, DOMAIN);
        awaitSize(owner, count);
    }

    /**
     * Waits until the server has at least that many items in a user's roster
     * ({@code push_roster} can return before it stored every item).
     *
     * @throws EjabberdException when it has not within two minutes
     */
    public void awaitSize(String user, int size) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        int now;
        while ((now = size(user)) < size) {
            if (System.nanoTime() > deadline) {
                throw new EjabberdException("the server has " + now + " of " + size + " roster items of " + user);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EjabberdException("interrupted while waiting for the roster of " + user);
            }
        }
    }
}
