package org.causerie.pubsub.ui.internal.views;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.NotificationLog;
import org.causerie.pubsub.ui.internal.Payloads;
import org.causerie.ui.text.SafeText;
import org.causerie.ui.text.Timestamps;
import org.causerie.ui.text.WholeMessageWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Items or notifications in a table: time, node, publisher, item id and a one-line
 * summary, cut to {@link #SHOWN} characters; double-click (or Enter) opens the
 * whole payload as XML in a {@link WholeMessageWindow}. Display thread only.
 */
public final class ItemsTable {

    /** Characters of a payload shown in the table. */
    public static final int SHOWN = 160;

    private final Table table;
    private final Optional<Function<String, String>> accounts;
    private final Timestamps timestamps = Timestamps.local();

    /**
     * @param accounts names an account by id, for a column telling which account got the
     *        notification; empty for no such column
     */
    public ItemsTable(Composite parent, boolean withNode, boolean withEvent,
            Optional<Function<String, String>> accounts) {
        this.accounts = accounts;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        column(Messages.column_time, 100);
        if (withEvent) {
            column(Messages.column_event, 80);
        }
        accounts.ifPresent(a -> column(Messages.column_account, 160));
        if (withNode) {
            column(Messages.column_node, 180);
        }
        column(Messages.column_content, 380);
        column(Messages.column_publisher, 150);
        column(Messages.column_item, 100);
        table.addListener(SWT.DefaultSelection, e -> openWhole());
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    public Table table() {
        return table;
    }

    public void setItems(List<PubSubItem> items) {
        table.removeAll();
        for (PubSubItem item : items) {
            add(new NotificationLog.Entry(NotificationLog.Kind.PUBLISHED, item.node(), Instant.now(),
                    Optional.of(item.id()), Optional.of(item)), false, false);
        }
    }

    /** Adds a row for a notification (newest at the top). */
    public void add(NotificationLog.Entry entry, boolean withNode, boolean withEvent) {
        TableItem row = new TableItem(table, SWT.NONE, 0);
        Optional<PubSubItem> item = entry.item();
        Instant time = item.flatMap(PubSubItem::time).orElse(entry.arrived());
        int c = 0;
        row.setText(c++, item.isPresent() && item.get().time().isEmpty() ? "" : timestamps.format(time, timestamps.today()));
        if (withEvent) {
            row.setText(c++, event(entry.kind()));
        }
        if (accounts.isPresent()) {
            row.setText(c++, SafeText.oneLine(accounts.get().apply(entry.node().accountId()), 100));
        }
        if (withNode) {
            row.setText(c++, SafeText.oneLine(entry.node().toString(), 120));
        }
        String summary = item.map(Payloads::summary).orElse("");
        String shown = SafeText.oneLine(summary, SHOWN);
        row.setText(c++, summary.length() > SHOWN ? NLS.bind(Messages.item_truncated, shown) : shown);
        row.setText(c++, item.flatMap(PubSubItem::publisher).map(p -> SafeText.oneLine(p, 100)).orElse(""));
        row.setText(c, entry.itemId().map(i -> SafeText.oneLine(i, 80)).orElse(""));
        row.setData(entry);
    }

    private static String event(NotificationLog.Kind kind) {
        return switch (kind) {
            case PUBLISHED -> Messages.event_published;
            case RETRACTED -> Messages.event_retracted;
            case PURGED -> Messages.event_purged;
            case DELETED -> Messages.event_deleted;
        };
    }

    /** @return the selected row's item, if it is one */
    public Optional<PubSubItem> selected() {
        TableItem[] rows = table.getSelection();
        if (rows.length == 0 || !(rows[0].getData() instanceof NotificationLog.Entry entry)) {
            return Optional.empty();
        }
        return entry.item();
    }

    /** Opens the selected item's payload whole. */
    public void openWhole() {
        selected().ifPresent(item -> WholeMessageWindow.open(table.getShell(),
                NLS.bind(Messages.item_wholeTitle, item.id(), item.node().node()),
                item.payloadXml().isEmpty() ? Messages.item_noPayload : item.payloadXml()));
    }
}
