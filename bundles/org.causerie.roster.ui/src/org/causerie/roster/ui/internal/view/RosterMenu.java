package org.causerie.roster.ui.internal.view;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.core.Jids;
import org.causerie.roster.Contact;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.ResourceRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.ui.ContactRef;
import org.causerie.ui.RosterActionContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The roster's context menu, built each time it opens from the selected row: the
 * view's own commands, then every {@link RosterActionContribution} registered now
 * that applies to the contact (the view tracks them, so a plugin's actions come and
 * go while the view is open).
 */
public final class RosterMenu {

    /** {@link MenuItem#getData()} of contributed items: the contribution's id. */
    public static final String CONTRIBUTION_KEY = "org.causerie.roster.ui.contribution";

    private final RosterTree tree;
    private final RosterActions actions;
    private final Supplier<List<RosterActionContribution>> contributions;
    private final Menu menu;

    public RosterMenu(RosterTree tree, RosterActions actions,
            Supplier<List<RosterActionContribution>> contributions) {
        this.tree = tree;
        this.actions = actions;
        this.contributions = contributions;
        this.menu = new Menu(tree.control());
        tree.control().setMenu(menu);
        menu.addListener(SWT.Show, e -> rebuild());
    }

    public Menu menu() {
        return menu;
    }

    /** Fills the menu for the selected row; called when it opens (and by tests). */
    public void rebuild() {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        Optional<Row> selected = tree.selected();
        if (selected.isEmpty()) {
            item(Messages.menu_add, () -> actions.add(Optional.empty(), ""));
            return;
        }
        Row row = selected.get();
        if (row instanceof ContactRow contactRow) {
            contact(contactRow);
        } else if (row instanceof ResourceRow resource) {
            ownResource(resource);
        } else {
            String accountId = row.accountId();
            item(Messages.menu_add, () -> actions.add(Optional.of(accountId), RosterActions.groupOf(row)));
        }
    }

    private void contact(ContactRow row) {
        Contact contact = row.contact();
        chatItem(contact.accountId(), contact.jid(), Optional.empty());
        item(Messages.menu_details, () -> actions.details(contact));
        new MenuItem(menu, SWT.SEPARATOR);
        item(Messages.menu_rename, () -> actions.rename(contact));
        item(Messages.menu_move, () -> actions.move(contact, row.group()));
        item(Messages.menu_remove, () -> actions.remove(contact));
        contributed(new ContactRef(contact.accountId(), contact.jid(), Optional.empty()));
    }

    private void ownResource(ResourceRow row) {
        String bare = Jids.bare(row.presence().fullJid());
        Optional<String> resource = Optional.of(row.presence().resource()).filter(r -> !r.isEmpty());
        chatItem(row.accountId(), bare, resource);
        contributed(new ContactRef(row.accountId(), bare, resource));
    }

    private void chatItem(String accountId, String bareJid, Optional<String> resource) {
        boolean available = actions.canChat();
        MenuItem chat = item(available ? Messages.menu_chat : Messages.menu_chatUnavailable,
                () -> actions.chat(accountId, bareJid, resource));
        chat.setEnabled(available);
        menu.setDefaultItem(chat);
    }

    private void contributed(ContactRef contact) {
        List<RosterActionContribution> applying = contributions.get().stream().filter(c -> applies(c, contact))
                .toList();
        if (applying.isEmpty()) {
            return;
        }
        new MenuItem(menu, SWT.SEPARATOR);
        for (RosterActionContribution contribution : applying) {
            MenuItem item = item(contribution.label(), () -> contribution.run(contact, menu.getShell()));
            item.setData(CONTRIBUTION_KEY, contribution.id());
        }
    }

    /** A plugin's failing appliesTo hides its action rather than the whole menu. */
    private static boolean applies(RosterActionContribution contribution, ContactRef contact) {
        try {
            return contribution.appliesTo(contact);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }
}
