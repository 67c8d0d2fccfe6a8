package org.causerie.muc.ui.internal.dialogs;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.muc.Affiliation;
import org.causerie.muc.AffiliationItem;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucErrors;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.forms.JidSyntax;
import org.causerie.ui.text.SafeText;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * One of a room's lists: bans (XEP-0045 §9.2), members (§9.5), admins (§10.8) or
 * owners (§10.5). Shows it as the room returns it; adds a user (with a reason,
 * for bans) and removes the selected one (affiliation none), reloading after each
 * change the room accepted.
 */
public final class AffiliationsDialog extends Dialog {

    private final MucUi ui;
    private final MucService muc;
    private final RoomId room;
    private final Affiliation affiliation;
    private Table table;
    private Text jid;
    private Text reason;
    private Label status;
    private List<AffiliationItem> items = List.of();

    public AffiliationsDialog(Shell parent, MucUi ui, MucService muc, RoomId room, Affiliation affiliation) {
        super(parent);
        this.ui = ui;
        this.muc = muc;
        this.room = room;
        this.affiliation = affiliation;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.list_title, Messages.list(affiliation), room.room()));
        WidgetIds.name(shell, WidgetIds.AFFILIATIONS_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite grid = new Composite(area, SWT.NONE);
        grid.setLayout(new GridLayout(3, false));
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = WidgetIds.name(new Table(grid, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI),
                WidgetIds.AFFILIATIONS_TABLE);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        data.heightHint = 220;
        data.widthHint = 560;
        table.setLayoutData(data);
        for (String[] column : new String[][] {{Messages.list_columnJid, "240"},
                {Messages.list_nick, "120"}, {Messages.list_columnReason, "200"}}) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        new Label(grid, SWT.NONE).setText(Messages.list_jid);
        jid = WidgetIds.name(new Text(grid, SWT.BORDER), WidgetIds.AFFILIATIONS_JID);
        jid.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = new Button(grid, SWT.PUSH);
        add.setText(Messages.list_add);
        add.addListener(SWT.Selection, e -> add());
        new Label(grid, SWT.NONE).setText(Messages.list_reason);
        reason = WidgetIds.name(new Text(grid, SWT.BORDER), WidgetIds.AFFILIATIONS_REASON);
        reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button remove = new Button(grid, SWT.PUSH);
        remove.setText(Messages.list_remove);
        remove.addListener(SWT.Selection, e -> remove());
        status = WidgetIds.name(new Label(grid, SWT.WRAP), WidgetIds.AFFILIATIONS_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        load();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    private void load() {
        status.setText(Messages.list_loading);
        muc.affiliations(room, affiliation).whenComplete((found, failure) -> ui.later(() -> {
            if (table.isDisposed()) {
                return;
            }
            if (failure != null) {
                status.setText(NLS.bind(Messages.list_failed, MucErrors.describe(failure)));
                return;
            }
            items = found;
            table.removeAll();
            for (AffiliationItem item : found) {
                new TableItem(table, SWT.NONE).setText(new String[] {item.jid(), item.nick().orElse(""),
                        item.reason().map(r -> SafeText.oneLine(r, 200)).orElse("")});
            }
            status.setText(NLS.bind(Messages.list_count, found.size()));
        }));
    }

    private void add() {
        String address = jid.getText().strip();
        if (!JidSyntax.valid(address)) {
            status.setText(NLS.bind(Messages.error_notAJid, address));
            return;
        }
        Optional<String> why = Optional.of(reason.getText().strip()).filter(r -> !r.isEmpty());
        change(muc.setAffiliation(room, org.causerie.core.Jids.bare(address), affiliation, why), address);
        jid.setText("");
        reason.setText("");
    }

    private void remove() {
        for (int index : table.getSelectionIndices()) {
            String address = items.get(index).jid();
            change(muc.setAffiliation(room, address, Affiliation.NONE, Optional.empty()), address);
        }
    }

    private void change(CompletableFuture<Void> operation, String address) {
        operation.whenComplete((ok, failure) -> ui.later(() -> {
            if (status.isDisposed()) {
                return;
            }
            if (failure != null) {
                status.setText(NLS.bind(Messages.list_changeFailed, address, MucErrors.describe(failure)));
            } else {
                load();
            }
        }));
    }
}
