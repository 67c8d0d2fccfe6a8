package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.OwnPresence;
import org.causerie.core.PresenceMode;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterChange;
import org.causerie.roster.Subscription;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.model.AccountRow;
import org.causerie.roster.ui.internal.model.AccountState;
import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.Icon;
import org.causerie.roster.ui.internal.model.ResourceRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.roster.ui.internal.model.RosterFilter;
import org.causerie.roster.ui.internal.model.RosterModel;
import org.causerie.roster.ui.internal.model.RosterRows;
import org.junit.jupiter.api.Test;

/** Row building: grouping, counts, order, several groups, own resources, filter, unread, pending. */
class RosterRowsTest {

    private final Map<String, Integer> unread = new java.util.HashMap<>();
    private final RosterRows rows = new RosterRows(
            id -> Optional.of(new OwnPresence(PresenceMode.AWAY, "lunch", 5)),
            (account, jid) -> unread.getOrDefault(jid, 0));

    private AccountState state() {
        return new AccountState(Contacts.snapshot(1,
                List.of(new ResourcePresence("me@example.org/phone", PresenceMode.DND, "driving", 3, Instant.now())),
                Contacts.online("bob@x", "Bob", PresenceMode.AVAILABLE, "here", "Friends", "Work"),
                Contacts.offline("carol@x", "carol", Subscription.TO, "Friends"),
                Contacts.online("adam@x", "Zed", PresenceMode.DND, "busy", "Friends"),
                Contacts.offline("dave@x", null, Subscription.FROM),
                Contacts.pending("erin@x")));
    }

    @Test
    void groupsWithCountsSortedUngroupedLast() {
        RosterModel model = rows.build(List.of(state()), RosterFilter.NONE);
        AccountRow account = model.roots().get(0);
        assertTrue(account.text().startsWith("me@example.org"), account.text());
        assertTrue(account.text().contains(Messages.mode_AWAY + ": lunch"), account.text());
        assertTrue(account.text().endsWith("(2/5)"), account.text());
        assertEquals(Icon.AWAY, account.icon());
        List<Row> children = account.children();
        assertInstanceOf(ResourceRow.class, children.get(0), "own other resources first");
        assertTrue(children.get(0).text().startsWith("phone"), children.get(0).text());
        assertEquals(List.of("Friends", "Work", ""), groups(account).stream().map(GroupRow::name).toList());
        GroupRow friends = groups(account).get(0);
        assertEquals(2, friends.online());
        assertEquals(3, friends.total());
        assertEquals("Friends (2/3)", friends.text());
        assertEquals(Messages.row_ungrouped + " (0/2)", groups(account).get(2).text());
        assertEquals(6, model.contactRows(), "5 contacts, bob under Friends and under Work");
    }

    @Test
    void contactsOnlineFirstThenByNameIgnoringCase() {
        GroupRow friends = groups(rows.build(List.of(state()), RosterFilter.NONE).roots().get(0)).get(0);
        assertEquals(List.of("bob@x", "adam@x", "carol@x"), jids(friends));
    }

    @Test
    void aContactInSeveralGroupsIsUnderEach() {
        List<GroupRow> groups = groups(rows.build(List.of(state()), RosterFilter.NONE).roots().get(0));
        assertTrue(jids(groups.get(0)).contains("bob@x"));
        assertEquals(List.of("bob@x"), jids(groups.get(1)));
        ContactRow inWork = (ContactRow) groups.get(1).children().get(0);
        assertEquals("Work", inWork.group());
    }

    @Test
    void contactTextShowsNameStatusSubscriptionPendingAndUnread() {
        unread.put("bob@x", 3);
        List<GroupRow> groups = groups(rows.build(List.of(state()), RosterFilter.NONE).roots().get(0));
        ContactRow bob = (ContactRow) groups.get(0).children().get(0);
        assertEquals("Bob \u2014 here  [" + Messages.subscription_BOTH + "]  "
                + org.eclipse.osgi.util.NLS.bind(Messages.row_unread, 3), bob.text());
        assertEquals(3, bob.unread());
        assertEquals(Icon.AVAILABLE, bob.icon());
        ContactRow erin = (ContactRow) groups.get(2).children().stream()
                .filter(r -> ((ContactRow) r).contact().jid().equals("erin@x")).findFirst().orElseThrow();
        assertEquals("erin@x  [" + org.eclipse.osgi.util.NLS.bind(Messages.subscription_pending,
                Messages.subscription_NONE) + "]", erin.text(), "no nickname: the JID; pending said");
        assertEquals(Icon.PENDING, erin.icon());
        ContactRow dave = (ContactRow) groups.get(2).children().stream()
                .filter(r -> ((ContactRow) r).contact().jid().equals("dave@x")).findFirst().orElseThrow();
        assertTrue(dave.text().endsWith("[" + Messages.subscription_FROM + "]"), dave.text());
        assertEquals(Icon.OFFLINE, dave.icon());
    }

    @Test
    void filterMatchesNicknameJidOrGroupIgnoringCaseAndHidesEmptyGroups() {
        AccountState state = state();
        assertEquals(List.of("adam@x"), all(rows.build(List.of(state), RosterFilter.of("zE"))));
        assertEquals(List.of("carol@x"), all(rows.build(List.of(state), RosterFilter.of("CAROL@"))));
        assertEquals(List.of("bob@x"), all(rows.build(List.of(state), RosterFilter.of("work"))));
        RosterModel byGroup = rows.build(List.of(state), RosterFilter.of("friends"));
        assertEquals(List.of("bob@x", "adam@x", "carol@x"), all(byGroup));
        assertTrue(byGroup.filtered());
        assertEquals(List.of("Friends"), groups(byGroup.roots().get(0)).stream().map(GroupRow::name).toList());
        RosterModel none = rows.build(List.of(state), RosterFilter.of("nobody"));
        assertTrue(groups(none.roots().get(0)).isEmpty(), "groups without a match are hidden");
        assertEquals(Messages.row_group.replace("{0}", "Friends").replace("{1}", "2").replace("{2}", "3"),
                groups(byGroup.roots().get(0)).get(0).text(), "counts are the group's, not the filter's");
        assertFalse(rows.build(List.of(state), RosterFilter.of("  ")).filtered());
    }

    @Test
    void changesApplyInVersionOrderAndOldOnesAreIgnored() {
        AccountState state = state();
        Contact frank = Contacts.offline("frank@x", "Frank", Subscription.BOTH, "Work");
        assertTrue(state.apply(new RosterChange(Contacts.ACCOUNT, 2, true, List.of(frank), List.of(),
                Set.of("carol@x"), Optional.of(List.of()), List.of())));
        assertFalse(state.apply(new RosterChange(Contacts.ACCOUNT, 2, true, List.of(), List.of(),
                Set.of("bob@x"), Optional.empty(), List.of())), "a change not newer than the state is skipped");
        AccountRow account = rows.build(List.of(state), RosterFilter.NONE).roots().get(0);
        assertEquals(List.of("bob@x", "frank@x"), jids(groups(account).get(1)));
        assertFalse(all(rows.build(List.of(state), RosterFilter.NONE)).contains("carol@x"));
        assertFalse(account.children().get(0) instanceof ResourceRow, "own resources replaced by the change");
    }

    @Test
    void aRebuildKeepsTheRowsOfUnchangedContactsAndRemakesTheOthers() {
        AccountState state = state();
        List<GroupRow> before = groups(rows.build(List.of(state), RosterFilter.NONE).roots().get(0));
        Contact carolOnline = Contacts.online("carol@x", "carol", PresenceMode.AWAY, "out", "Friends");
        assertTrue(state.apply(new RosterChange(Contacts.ACCOUNT, 2, true, List.of(), List.of(carolOnline),
                Set.of(), Optional.empty(), List.of())));
        unread.put("adam@x", 1);
        List<GroupRow> after = groups(rows.build(List.of(state), RosterFilter.NONE).roots().get(0));
        assertSame(row(before.get(2), "dave@x"), row(after.get(2), "dave@x"), "unchanged: the same row");
        assertSame(row(before.get(1), "bob@x"), row(after.get(1), "bob@x"));
        assertNotSame(row(before.get(0), "carol@x"), row(after.get(0), "carol@x"));
        assertEquals(Icon.AWAY, row(after.get(0), "carol@x").icon(), "a changed contact gets a new row");
        assertEquals(1, row(after.get(0), "adam@x").unread(), "a new unread count too");
        assertEquals(row(before.get(0), "bob@x").text(), row(after.get(0), "bob@x").text());
        assertEquals("Friends", row(after.get(0), "bob@x").group(), "in several groups: the row of each group");
        assertEquals("Work", row(after.get(1), "bob@x").group());
    }

    private static ContactRow row(GroupRow group, String jid) {
        return group.children().stream().map(ContactRow.class::cast).filter(r -> r.contact().jid().equals(jid))
                .findFirst().orElseThrow();
    }

    @Test
    void selectionPathFollowsTheRowKey() {
        RosterModel model = rows.build(List.of(state()), RosterFilter.NONE);
        GroupRow work = groups(model.roots().get(0)).get(1);
        Row bobInWork = work.children().get(0);
        assertEquals(Optional.of(List.of(0, 2, 0)), model.pathOf(bobInWork.key()));
        assertEquals(Optional.empty(), model.pathOf("nothing"));
    }

    static List<GroupRow> groups(AccountRow account) {
        return account.children().stream().filter(GroupRow.class::isInstance).map(GroupRow.class::cast).toList();
    }

    static List<String> jids(GroupRow group) {
        return group.children().stream().map(r -> ((ContactRow) r).contact().jid()).toList();
    }

    static List<String> all(RosterModel model) {
        return model.roots().stream().flatMap(a -> groups(a).stream()).flatMap(g -> jids(g).stream()).distinct()
                .toList();
    }
}
