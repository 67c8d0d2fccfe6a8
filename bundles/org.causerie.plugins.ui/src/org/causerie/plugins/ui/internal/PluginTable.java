package org.causerie.plugins.ui.internal;

import java.util.List;
import java.util.Optional;

import org.causerie.plugins.Plugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The table of installed plugins: one row each (name, version, vendor, XEPs, state); the plugin is the row's data. */
final class PluginTable {

    private static final int[] WIDTHS = { 220, 160, 150, 100, 90 };

    private final Table table;

    PluginTable(Composite parent) {
        table = WidgetIds.name(new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), WidgetIds.TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = { Messages.column_name, Messages.column_version, Messages.column_vendor,
            Messages.column_xeps, Messages.column_state };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(WIDTHS[i]);
        }
    }

    Table control() {
        return table;
    }

    /** Shows the plugins, keeping the selected one selected. */
    void show(List<Plugin> plugins) {
        Optional<String> selected = selected().map(Plugin::id);
        table.removeAll();
        for (Plugin plugin : plugins) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { plugin.name(), plugin.version(), plugin.vendor(),
                String.join(", ", plugin.xeps()), Messages.state(plugin.state()) });
            item.setData(plugin);
            if (selected.filter(plugin.id()::equals).isPresent()) {
                table.setSelection(item);
            }
        }
    }

    Optional<Plugin> selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? Optional.empty() : Optional.of((Plugin) selection[0].getData());
    }
}
