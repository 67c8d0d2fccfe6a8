package org.causerie.app.internal.accounts;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.causerie.app.internal.Messages;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** The table of accounts: JID, resource, state and last error, in words. */
final class AccountsTable {

    private final TableViewer viewer;

    AccountsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        Table table = WidgetIds.name(viewer.getTable(), WidgetIds.TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.accounts_column_jid, 220, row -> row.account().jid());
        column(Messages.accounts_column_resource, 110, row -> row.account().resource());
        column(Messages.accounts_column_state, 130, row -> StatusTexts.state(row.status().state()));
        column(Messages.accounts_column_error, 360,
                row -> row.lastError().map(error -> StatusTexts.error(error.kind())).orElse(""));
    }

    private void column(String title, int width, Function<AccountRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AccountRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((AccountRow) element).lastError().map(e -> e.detail()).filter(d -> !d.isEmpty())
                        .orElse(null);
            }
        });
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Shows these rows, keeping the selected account selected. */
    void show(List<AccountRow> rows) {
        Optional<String> selectedId = selected().map(row -> row.account().id());
        viewer.setInput(rows);
        selectedId.flatMap(id -> rows.stream().filter(row -> row.account().id().equals(id)).findFirst())
                .ifPresent(row -> viewer.setSelection(new StructuredSelection(row)));
    }

    Optional<AccountRow> selected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        return Optional.ofNullable((AccountRow) selection.getFirstElement());
    }
}
