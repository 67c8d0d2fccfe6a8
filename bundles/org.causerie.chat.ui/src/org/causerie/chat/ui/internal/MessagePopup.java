package org.causerie.chat.ui.internal;

import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A non-modal popup in the corner of the screen telling of a new message (JFace
 * notifications): who wrote, to which account, the beginning of the text. It
 * takes no focus and closes by itself; a click on it opens the conversation.
 */
final class MessagePopup extends AbstractNotificationPopup {

    private static final long CLOSE_AFTER_MS = 8000;

    private final Runnable onClick;
    private String title;
    private String text;
    private String account;
    private Label textLabel;
    private Label titleLabel;

    MessagePopup(Display display, String title, String text, String account, Runnable onClick) {
        super(display);
        this.title = title;
        this.text = text;
        this.account = account;
        this.onClick = onClick;
        setDelayClose(CLOSE_AFTER_MS);
    }

    /** Shows a newer message of the same conversation in this popup. */
    void update(String newTitle, String newText) {
        this.title = newTitle;
        this.text = newText;
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            titleLabel.setText(newTitle);
            textLabel.setText(newText);
            shell.layout(true, true);
        }
    }

    boolean isOpen() {
        return getShell() != null && !getShell().isDisposed();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        WidgetIds.name(shell, WidgetIds.NOTIFICATION);
    }

    @Override
    protected String getPopupShellTitle() {
        return title;
    }

    @Override
    protected void createTitleArea(Composite parent) {
        super.createTitleArea(parent);
        // the title label of the super class shows getPopupShellTitle(); keep it to update it
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && title.equals(label.getText())) {
                titleLabel = label;
            }
        }
        if (titleLabel == null) {
            titleLabel = new Label(parent, SWT.NONE);
            titleLabel.setText(title);
        }
        clickable(parent);
    }

    @Override
    protected void createContentArea(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        textLabel = new Label(parent, SWT.WRAP);
        textLabel.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        textLabel.setLayoutData(data);
        Label accountLabel = new Label(parent, SWT.NONE);
        accountLabel.setText(account);
        accountLabel.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        clickable(parent);
    }

    private void clickable(Composite area) {
        MouseAdapter click = new MouseAdapter() {
            @Override
            public void mouseUp(MouseEvent e) {
                onClick.run();
                close();
            }
        };
        area.addMouseListener(click);
        for (Control child : area.getChildren()) {
            if (child instanceof Label) {
                child.addMouseListener(click);
                child.setCursor(area.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            }
        }
    }
}
