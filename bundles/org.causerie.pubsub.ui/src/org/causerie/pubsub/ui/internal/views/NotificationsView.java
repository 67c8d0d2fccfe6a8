package org.causerie.pubsub.ui.internal.views;

import java.util.function.Consumer;

import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.NotificationLog;
import org.causerie.pubsub.ui.internal.PubSubUi;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.pubsub.ui.internal.dialogs.SubscriptionsDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Live notifications from subscribed nodes, newest first: what the
 * {@link NotificationLog} holds when the view opens, then every new one as it
 * arrives. A check box turns desktop popups on; a button lists the account's
 * subscriptions.
 */
public final class NotificationsView {

    @Inject
    private PubSubUi ui;

    private ItemsTable table;
    private final Consumer<NotificationLog.Entry> listener = entry -> {
        if (table != null && !table.table().isDisposed()) {
            table.add(entry, true, true);
            // as many rows as the log keeps: the oldest go
            int rows = table.table().getItemCount();
            if (rows > NotificationLog.MAX) {
                table.table().remove(NotificationLog.MAX, rows - 1);
            }
        }
    };

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.notifications_intro);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button popups = WidgetIds.name(new Button(parent, SWT.CHECK), WidgetIds.NOTIFICATIONS_POPUPS);
        popups.setText(Messages.notifications_popups);
        popups.setSelection(ui.popups());
        popups.addListener(SWT.Selection, e -> ui.setPopups(popups.getSelection()));
        Button subscriptions = WidgetIds.name(new Button(parent, SWT.PUSH), WidgetIds.ACTION + "subscriptions");
        subscriptions.setText(Messages.action_subscriptions);
        subscriptions.addListener(SWT.Selection, e -> ui.pubsub()
                .ifPresent(s -> new SubscriptionsDialog(parent.getShell(), s, ui.accounts()).open()));
        table = new ItemsTable(parent, true, true, java.util.Optional.of(ui.accounts()::name));
        WidgetIds.name(table.table(), WidgetIds.NOTIFICATIONS_TABLE);
        table.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        ui.log().entries().forEach(entry -> table.add(entry, true, true));
        ui.log().addListener(listener);
    }

    @PreDestroy
    void dispose() {
        ui.log().removeListener(listener);
    }
}
