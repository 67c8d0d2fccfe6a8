package org.causerie.app.internal.accounts;

import java.util.Optional;

import org.causerie.app.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The column of buttons beside the table: Add, Edit, Remove, Connect, Disconnect. */
final class AccountButtons {

    /** What the buttons do. */
    interface Actions {
        void add();

        void edit(AccountRow row);

        void remove(AccountRow row);

        void connect(AccountRow row);

        void disconnect(AccountRow row);
    }

    private final Button add;
    private final Button edit;
    private final Button remove;
    private final Button connect;
    private final Button disconnect;

    AccountButtons(Composite parent, AccountsTable table, Actions actions) {
        Composite column = new Composite(parent, SWT.NONE);
        column.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        GridLayout layout = new GridLayout(1, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        column.setLayout(layout);
        add = button(column, Messages.accounts_add);
        edit = button(column, Messages.accounts_edit);
        remove = button(column, Messages.accounts_remove);
        connect = button(column, Messages.accounts_connect);
        disconnect = button(column, Messages.accounts_disconnect);
        add.addListener(SWT.Selection, e -> actions.add());
        edit.addListener(SWT.Selection, e -> table.selected().ifPresent(actions::edit));
        remove.addListener(SWT.Selection, e -> table.selected().ifPresent(actions::remove));
        connect.addListener(SWT.Selection, e -> table.selected().ifPresent(actions::connect));
        disconnect.addListener(SWT.Selection, e -> table.selected().ifPresent(actions::disconnect));
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }

    /** Enables what makes sense for the selected row. */
    void update(Optional<AccountRow> selected) {
        if (add.isDisposed()) {
            return;
        }
        boolean any = selected.isPresent();
        boolean canConnect = selected.map(AccountRow::canConnect).orElse(false);
        edit.setEnabled(any);
        remove.setEnabled(any);
        connect.setEnabled(any && canConnect);
        disconnect.setEnabled(any && !canConnect);
    }
}
