package org.causerie.pubsub.ui.internal;

import org.causerie.ui.text.SafeText;
import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** A desktop popup telling of a new item on a subscribed node; it closes by itself. */
final class ItemPopup extends AbstractNotificationPopup {

    private final NotificationLog.Entry entry;
    private final String account;

    ItemPopup(Display display, NotificationLog.Entry entry, String account) {
        super(display);
        this.entry = entry;
        this.account = account;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        WidgetIds.name(shell, WidgetIds.POPUP);
    }

    @Override
    protected String getPopupShellTitle() {
        return NLS.bind(Messages.popup_title, SafeText.oneLine(entry.node().node(), 60));
    }

    @Override
    protected void createContentArea(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label text = new Label(parent, SWT.WRAP);
        String summary = entry.item().map(Payloads::summary).orElse("");
        text.setText(SafeText.oneLine(summary, 200));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        text.setLayoutData(data);
        Label from = new Label(parent, SWT.NONE);
        from.setText(NLS.bind(Messages.popup_account, entry.node().service(), account));
    }
}
