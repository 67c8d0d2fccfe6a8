package org.causerie.chat.ui.internal.editor;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * A window showing the whole of a message the transcript cut: the text made
 * safe and broken into lines of bounded length (a megabyte on one line would
 * make the text widget lay out a megabyte at once), and a button copying the
 * original text exactly. Not modal: the conversation goes on beside it.
 */
final class WholeMessageDialog {

    /** Longest line handed to the text widget. */
    static final int LINE = 1000;

    private WholeMessageDialog() {
    }

    static Shell open(Shell parent, ChatMessage message, String sender) {
        Shell shell = WidgetIds.name(new Shell(parent, SWT.SHELL_TRIM), WidgetIds.WHOLE_MESSAGE);
        shell.setText(NLS.bind(Messages.whole_title, sender));
        shell.setLayout(new GridLayout(2, false));
        StyledText text = new StyledText(shell, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        text.setText(SafeText.hardWrap(SafeText.clean(message.body()), LINE));
        Button copy = new Button(shell, SWT.PUSH);
        copy.setText(Messages.whole_copy);
        copy.addListener(SWT.Selection, e -> {
            Clipboard clipboard = new Clipboard(shell.getDisplay());
            try {
                clipboard.setContents(new Object[] {message.body()}, new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        });
        Button close = new Button(shell, SWT.PUSH);
        close.setText(Messages.whole_close);
        close.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        close.addListener(SWT.Selection, e -> shell.close());
        shell.setSize(760, 560);
        org.eclipse.swt.graphics.Rectangle over = parent.getBounds();
        shell.setLocation(over.x + Math.max(0, (over.width - 760) / 2), over.y + Math.max(0, (over.height - 560) / 2));
        shell.open();
        return shell;
    }
}
