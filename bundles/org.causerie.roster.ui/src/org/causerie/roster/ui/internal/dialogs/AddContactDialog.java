package org.causerie.roster.ui.internal.dialogs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.Jids;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a new contact: the account whose roster gets it, the JID, a nickname
 * and a group. OK stays disabled, with the reason shown, until the JID is valid.
 */
public final class AddContactDialog extends TitleAreaDialog {

    /**
     * What the user entered.
     *
     * @param accountId the account
     * @param jid the contact's bare JID
     * @param nickname empty for none
     * @param groups empty or one group
     */
    public record Result(String accountId, String jid, Optional<String> nickname, Set<String> groups) {
    }

    /**
     * An account offered in the dialog.
     *
     * @param id the account id
     * @param jid what is shown
     * @param groups its existing groups, offered in the group field
     */
    public record Choice(String id, String jid, List<String> groups) {
    }

    private final List<Choice> accounts;
    private final int initialAccount;
    private final String initialGroup;
    private Combo account;
    private Text jid;
    private Text nickname;
    private Combo group;
    private Result result;

    public AddContactDialog(Shell parent, List<Choice> accounts, int initialAccount, String initialGroup) {
        super(parent);
        this.accounts = List.copyOf(accounts);
        this.initialAccount = initialAccount;
        this.initialGroup = initialGroup;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.add_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.add_title);
        setMessage(Messages.add_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText(Messages.add_account);
        account = WidgetIds.name(new Combo(form, SWT.READ_ONLY), WidgetIds.ADD_ACCOUNT);
        accounts.forEach(a -> account.add(a.jid()));
        new Label(form, SWT.NONE).setText(Messages.add_jid);
        jid = WidgetIds.name(new Text(form, SWT.BORDER), WidgetIds.ADD_JID);
        new Label(form, SWT.NONE).setText(Messages.add_nickname);
        nickname = WidgetIds.name(new Text(form, SWT.BORDER), WidgetIds.ADD_NICKNAME);
        new Label(form, SWT.NONE).setText(Messages.add_group);
        group = WidgetIds.name(new Combo(form, SWT.DROP_DOWN), WidgetIds.ADD_GROUP);
        for (Control c : new Control[] {account, jid, nickname, group}) {
            c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        if (!accounts.isEmpty()) {
            account.select(Math.max(0, Math.min(initialAccount, accounts.size() - 1)));
        }
        fillGroups();
        group.setText(initialGroup);
        account.addListener(SWT.Selection, e -> {
            fillGroups();
            validate();
        });
        jid.addListener(SWT.Modify, e -> validate());
        return area;
    }

    private void fillGroups() {
        String typed = group.getText();
        group.removeAll();
        if (account.getSelectionIndex() >= 0) {
            accounts.get(account.getSelectionIndex()).groups().forEach(group::add);
        }
        group.setText(typed);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Optional<String> problem = problem();
        setErrorMessage(problem.orElse(null));
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
        }
    }

    private Optional<String> problem() {
        if (account.getSelectionIndex() < 0) {
            return Optional.of(Messages.add_noAccount);
        }
        try {
            Jids.requireBareJid(jid.getText().strip());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Messages.add_jidInvalid);
        }
    }

    @Override
    protected void okPressed() {
        if (problem().isPresent()) {
            return;
        }
        String g = group.getText().strip();
        result = new Result(accounts.get(account.getSelectionIndex()).id(), jid.getText().strip(),
                Optional.of(nickname.getText().strip()).filter(n -> !n.isEmpty()),
                g.isEmpty() ? Set.of() : Set.of(g));
        super.okPressed();
    }

    /** @return what the user entered, once OK was pressed */
    public Optional<Result> result() {
        return Optional.ofNullable(result);
    }
}
