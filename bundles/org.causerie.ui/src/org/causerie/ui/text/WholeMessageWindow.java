package org.causerie.ui.text;

import org.causerie.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * A window showing the whole of a message a transcript cut ({@link SafeText#clip}):
 * the text made safe and broken into lines of bounded length (a megabyte on one
 * line would make the text widget lay out a megabyte at once), and a button
 * copying the original text exactly. Not modal: the conversation goes on beside
 * it. Shared by the chat and room transcripts. Display thread only.
 */
public final class WholeMessageWindow {

    /** Longest line handed to the text widget. */
    public static final int LINE = 1000;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 560;

    private WholeMessageWindow() {
    }

    /**
     * Opens the window over {@code parent}.
     *
     * @param title the window's title (who sent the message)
     * @param body the message's text as received
     * @return the window, open
     */
    public static Shell open(Shell parent, String title, String body) {
        Shell shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(SafeText.oneLine(title, 200));
        shell.setLayout(new GridLayout(2, false));
        StyledText text = new StyledText(shell, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        text.setText(SafeText.hardWrap(SafeText.clean(body), LINE));
        Button copy = new Button(shell, SWT.PUSH);
        copy.setText(Messages.whole_copy);
        copy.addListener(SWT.Selection, e -> {
            Clipboard clipboard = new Clipboard(shell.getDisplay());
            try {
                clipboard.setContents(new Object[] {body}, new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        });
        Button close = new Button(shell, SWT.PUSH);
        close.setText(Messages.whole_close);
        close.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        close.addListener(SWT.Selection, e -> shell.close());
        shell.setSize(WIDTH, HEIGHT);
        Rectangle over = parent.getBounds();
        shell.setLocation(over.x + Math.max(0, (over.width - WIDTH) / 2),
                over.y + Math.max(0, (over.height - HEIGHT) / 2));
        shell.open();
        return shell;
    }
}
