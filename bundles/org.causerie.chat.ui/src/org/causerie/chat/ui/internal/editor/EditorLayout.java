package org.causerie.chat.ui.internal.editor;

import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.WidgetIds;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The editor's widgets around the transcript and the input, top to bottom: the
 * peer's name in bold, the account the conversation belongs to, the transcript,
 * the peer's chat state, the input, then a row with the resource selector and the
 * notices (send failures, correction mode).
 */
final class EditorLayout {

    private static final int INPUT_LINES = 3;

    private final Composite main;
    private final Label title;
    private final Label account;
    private Composite bottomRow;
    private Label peerState;
    private Label notice;

    EditorLayout(Composite parent) {
        main = new Composite(parent, SWT.NONE);
        main.setLayout(new GridLayout(1, false));
        title = WidgetIds.name(new Label(main, SWT.NONE), WidgetIds.TITLE);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        account = WidgetIds.name(new Label(main, SWT.NONE), WidgetIds.ACCOUNT);
        account.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        account.setForeground(main.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    }

    Composite main() {
        return main;
    }

    /**
     * Lays out the transcript and the input (created in {@link #main()}) with the
     * status lines, and makes the row the resource selector goes in.
     *
     * @return the row for the resource selector (a "Send to:" label is in it already)
     */
    Composite place(Transcript transcript, InputBox input) {
        transcript.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        peerState = WidgetIds.name(new Label(main, SWT.NONE), WidgetIds.PEER_STATE);
        peerState.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        peerState.setForeground(main.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        peerState.moveBelow(transcript.control());
        GridData inputData = new GridData(SWT.FILL, SWT.FILL, true, false);
        GC gc = new GC(input.control());
        inputData.heightHint = gc.getFontMetrics().getHeight() * INPUT_LINES;
        gc.dispose();
        input.control().setLayoutData(inputData);
        input.control().moveBelow(peerState);
        bottomRow = new Composite(main, SWT.NONE);
        GridLayout rowLayout = new GridLayout(3, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        bottomRow.setLayout(rowLayout);
        bottomRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bottomRow, SWT.NONE).setText(Messages.resource_label);
        return bottomRow;
    }

    /** Places the notice line after the resource selector (created in the row in between). */
    void finish() {
        notice = WidgetIds.name(new Label(bottomRow, SWT.WRAP), WidgetIds.NOTICE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 200;
        notice.setLayoutData(data);
    }

    void names(String peer, String accountLine) {
        title.setText(peer);
        title.setToolTipText(peer);
        account.setText(accountLine);
        main.layout(true);
    }

    void peerState(String text) {
        if (!text.equals(peerState.getText())) {
            peerState.setText(text);
        }
    }

    void notice(String text) {
        if (!text.equals(notice.getText())) {
            notice.setText(text);
            main.layout(true, true);
        }
    }
}
