package org.causerie.roster.ui.internal.view;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.causerie.roster.Contact;
import org.causerie.roster.RosterService;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.ui.internal.Errors;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.dialogs.AddContactDialog;
import org.causerie.roster.ui.internal.dialogs.DetailsDialog;
import org.causerie.roster.ui.internal.model.AccountRow;
import org.causerie.roster.ui.internal.model.GroupMoves;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.ConversationRef;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * What the roster's menu, buttons and drag and drop do: dialogs on the display
 * thread, then {@link RosterService} operations whose failures are told in words.
 */
public final class RosterActions {

    private final Shell shell;
    private final RosterService roster;
    private final Supplier<Optional<ConversationOpener>> opener;
    private final Supplier<List<AccountRow>> accounts;

    /**
     * @param shell parent of the dialogs
     * @param roster the roster service
     * @param opener the chat UI's opener, when one is installed now
     * @param accounts the accounts shown now
     */
    public RosterActions(Shell shell, RosterService roster, Supplier<Optional<ConversationOpener>> opener,
            Supplier<List<AccountRow>> accounts) {
        this.shell = shell;
        this.roster = roster;
        this.opener = opener;
        this.accounts = accounts;
    }

    /** @return whether a chat window can be opened (a ConversationOpener service is registered) */
    public boolean canChat() {
        return opener.get().isPresent();
    }

    /** Opens (or brings to front) the conversation with a bare JID, optionally addressing one resource. */
    public void chat(String accountId, String bareJid, Optional<String> resource) {
        opener.get().ifPresent(o -> o.open(new ConversationRef(accountId, bareJid), resource));
    }

    /** Asks for a contact to add, the given account and group preselected. */
    public void add(Optional<String> accountId, String group) {
        List<AccountRow> shown = accounts.get();
        List<AddContactDialog.Choice> choices = shown.stream().map(a -> new AddContactDialog.Choice(a.accountId(),
                a.jid(), a.children().stream().filter(GroupRow.class::isInstance).map(r -> ((GroupRow) r).name())
                        .filter(n -> !n.isEmpty()).toList())).toList();
        int initial = accountId.map(id -> indexOf(shown, id)).orElse(0);
        AddContactDialog dialog = new AddContactDialog(shell, choices, initial, group);
        if (dialog.open() == Window.OK) {
            dialog.result().ifPresent(r -> report(roster.add(r.accountId(), r.jid(), r.nickname(), r.groups()),
                    Messages.error_add, r.jid()));
        }
    }

    private static int indexOf(List<AccountRow> rows, String accountId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).accountId().equals(accountId)) {
                return i;
            }
        }
        return 0;
    }

    public void rename(Contact contact) {
        InputDialog dialog = new InputDialog(shell, Messages.rename_title,
                NLS.bind(Messages.rename_message, contact.jid()), contact.name().orElse(""), null);
        if (dialog.open() == Window.OK) {
            Optional<String> name = Optional.of(dialog.getValue().strip()).filter(n -> !n.isEmpty());
            report(roster.rename(contact.accountId(), contact.jid(), name), Messages.error_rename, contact.jid());
        }
    }

    /** Asks for the group to move the contact to, out of the group its row is under. */
    public void move(Contact contact, String from) {
        String shownFrom = RosterSnapshot.UNGROUPED.equals(from) ? Messages.row_ungrouped : from;
        InputDialog dialog = new InputDialog(shell, Messages.move_title,
                NLS.bind(Messages.move_message, contact.displayName(), shownFrom), from, null);
        if (dialog.open() == Window.OK) {
            move(contact, from, dialog.getValue());
        }
    }

    /** Moves the contact out of one group into another (drag and drop, or the dialog). */
    public void move(Contact contact, String from, String to) {
        report(roster.setGroups(contact.accountId(), contact.jid(), GroupMoves.move(contact.groups(), from, to)),
                Messages.error_move, contact.jid());
    }

    public void remove(Contact contact) {
        String account = accounts.get().stream().filter(a -> a.accountId().equals(contact.accountId()))
                .map(AccountRow::jid).findFirst().orElse(contact.accountId());
        if (MessageDialog.openQuestion(shell, Messages.remove_title,
                NLS.bind(Messages.remove_question, contact.displayName(), account))) {
            report(roster.remove(contact.accountId(), contact.jid()), Messages.error_remove, contact.jid());
        }
    }

    public void details(Contact contact) {
        new DetailsDialog(shell, roster, contact).open();
    }

    /** @return the group a row stands for, for "add contact" preselection */
    public static String groupOf(Row row) {
        return row instanceof GroupRow g ? g.name() : "";
    }

    private void report(CompletableFuture<Void> operation, String pattern, String jid) {
        operation.whenComplete((ok, failure) -> {
            if (failure != null && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openError(shell, Messages.error_title,
                                NLS.bind(pattern, jid, Errors.describe(failure)));
                    }
                });
            }
        });
    }
}
