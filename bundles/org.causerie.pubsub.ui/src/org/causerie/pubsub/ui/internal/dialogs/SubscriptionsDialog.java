package org.causerie.pubsub.ui.internal.dialogs;

import java.util.List;

import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.ui.internal.Accounts;
import org.causerie.pubsub.ui.internal.Errors;
import org.causerie.pubsub.ui.internal.Labels;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The user's subscriptions on every service of every connected account (XEP-0060 §5.6). */
public final class SubscriptionsDialog extends TitleAreaDialog {

    private static final int OPTIONS_ID = IDialogConstants.CLIENT_ID + 1;

    private final PubSubService pubsub;
    private final Accounts accounts;
    private Table table;

    public SubscriptionsDialog(Shell parent, PubSubService pubsub, Accounts accounts) {
        super(parent);
        this.pubsub = pubsub;
        this.accounts = accounts;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.subscriptions_title);
        WidgetIds.name(shell, WidgetIds.SUBSCRIPTIONS_DIALOG);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == OPTIONS_ID) {
            options();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.subscriptions_title);
        setMessage(Messages.form_loading);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String text : new String[] {Messages.column_account, Messages.column_node, Messages.column_state}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(text);
            column.setWidth(220);
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 260;
        table.setLayoutData(data);
        for (Accounts.Choice account : accounts.connected()) {
            pubsub.subscriptions(account.accountId()).whenComplete((list, failure) -> area.getDisplay()
                    .asyncExec(() -> show(account, list, failure)));
        }
        return area;
    }

    private void show(Accounts.Choice account, List<Subscription> list, Throwable failure) {
        if (table.isDisposed()) {
            return;
        }
        setMessage(Messages.subscriptions_message);
        if (failure != null) {
            setErrorMessage(Errors.describe(failure));
            return;
        }
        for (Subscription s : list) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] {account.jid(), SafeText.oneLine(s.node().toString(), 200),
                Labels.state(s.state())});
            row.setData(s);
        }
    }

    /** Opens the selected subscription's options (XEP-0060 §6.3). */
    private void options() {
        TableItem[] selection = table.getSelection();
        if (selection.length == 0 || !(selection[0].getData() instanceof Subscription s)) {
            setErrorMessage(Messages.subscriptions_chooseRow);
            return;
        }
        setErrorMessage(null);
        new SubscriptionOptionsDialog(getShell(), pubsub, s.node(), s.subId()).open();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button options = createButton(parent, OPTIONS_ID, Messages.action_options, false);
        WidgetIds.name(options, WidgetIds.SUBSCRIPTIONS_OPTIONS);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
