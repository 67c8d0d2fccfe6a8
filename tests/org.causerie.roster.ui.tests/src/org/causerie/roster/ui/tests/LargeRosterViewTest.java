package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.model.AccountRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.roster.ui.internal.model.RosterModel;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A roster of 10,000 contacts in 10 groups, created server-side, arriving at login:
 * the roster service hands it over in slices, and the view ends with every contact,
 * the right counts in every group, and tree items SWT can fill for each of them.
 * Every model shown on the way is consistent: its group rows hold as many contacts
 * as their totals say.
 */
@ExtendWith(EjabberdExtension.class)
class LargeRosterViewTest extends RosterTestBase {

    private static final int CONTACTS = 10_000;
    private static final int GROUPS = 10;

    @Test
    void tenThousandContactsArrivingInSlicesAreAllShownWithTheirGroupCounts(EjabberdServer server) {
        TestAccount owner = TestAccounts.fresh(server, "large");
        server.rosters().push(owner.user(), CONTACTS, GROUPS);
        List<Integer> shown = new CopyOnWriteArrayList<>(); // the contact rows of each model of the account
        List<String> inconsistent = new CopyOnWriteArrayList<>();
        AtomicReference<String> id = new AtomicReference<>();
        ui.run(() -> view.rosterTree().addShownListener(model -> Optional.ofNullable(id.get())
                .flatMap(accountId -> account(model, accountId))
                .ifPresent(a -> shown.add(contactRows(a, inconsistent)))));
        id.set(connect(server, owner).account().id());

        AccountRow account = ui.waitFor("every contact in the view", Duration.ofSeconds(60),
                () -> account(view.rosterTree().model(), id.get()).filter(a -> contactRows(a, new ArrayList<>())
                        == CONTACTS));
        assertTrue(inconsistent.isEmpty(), "group rows holding another number of contacts: " + inconsistent);
        List<GroupRow> groups = account.children().stream().filter(GroupRow.class::isInstance)
                .map(GroupRow.class::cast).toList();
        assertEquals(GROUPS, groups.size(), "groups");
        for (int g = 0; g < GROUPS; g++) {
            GroupRow group = groups.get(g);
            assertEquals("G" + g, group.name());
            assertEquals(CONTACTS / GROUPS, group.total(), "total of " + group.name());
            assertEquals(0, group.online(), "online in " + group.name());
            assertEquals(NLS.bind(Messages.row_group, new Object[] {group.name(), 0, CONTACTS / GROUPS}),
                    group.text());
        }
        assertEquals(List.of(CONTACTS / GROUPS), itemCountsOfGroups(id.get()).stream().distinct().toList(),
                "tree items under each group");
        lastItemsShowTheirRows(id.get());
        ui.screenshot("large-roster-10000");
        // figures only: how the roster reached the view (slices may be merged on a busy machine)
        System.out.printf("[roster-ui-tests] %d contacts: %d models shown during the login, contact rows in each: "
                + "%s%n", CONTACTS, shown.size(), shown);
        assertEquals(CONTACTS, shown.get(shown.size() - 1), "contact rows of the last model shown");
    }

    private static Optional<AccountRow> account(RosterModel model, String accountId) {
        return model.roots().stream().filter(a -> a.accountId().equals(accountId)).findFirst();
    }

    /** @return the contact rows under the account's groups; notes a group whose rows differ from its total */
    private static int contactRows(AccountRow account, List<String> inconsistent) {
        int rows = 0;
        for (Row child : account.children()) {
            if (child instanceof GroupRow group) {
                rows += group.children().size();
                if (group.children().size() != group.total()) {
                    inconsistent.add(group.name() + ": " + group.children().size() + " rows, total " + group.total());
                }
            }
        }
        return rows;
    }

    private static List<Integer> itemCountsOfGroups(String accountId) {
        return ui.read(() -> {
            List<Integer> counts = new ArrayList<>();
            for (TreeItem child : accountItem(accountId).getItems()) {
                if (child.getData() instanceof GroupRow) {
                    counts.add(child.getItemCount());
                }
            }
            return counts;
        });
    }

    /** SWT fills the last item of each group on demand with its model row's text. */
    private static void lastItemsShowTheirRows(String accountId) {
        ui.run(() -> {
            for (TreeItem child : accountItem(accountId).getItems()) {
                if (child.getData() instanceof GroupRow group) {
                    TreeItem last = child.getItem(child.getItemCount() - 1);
                    assertEquals(group.children().get(group.children().size() - 1).text(), last.getText());
                }
            }
        });
    }

    /** Display thread. */
    private static TreeItem accountItem(String accountId) {
        List<AccountRow> roots = view.rosterTree().model().roots();
        for (int i = 0; i < roots.size(); i++) {
            if (roots.get(i).accountId().equals(accountId)) {
                return view.tree().getItem(i);
            }
        }
        throw new AssertionError("no account " + accountId + " in the tree");
    }
}
