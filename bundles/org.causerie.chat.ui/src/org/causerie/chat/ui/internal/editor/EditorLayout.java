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
 * The editor's widgets around the transcript and the input: the peer's name in
 * bold with the resource selector beside it, the account the conversation
 * belongs to, the peer's chat state under the transcript and the notices (send
 * failures, correction mode) under the input.
 */
final class EditorLayout {

    private static final int INPUT_LINES = 3;

    private final Composite main;
    private final Label title;
    private final Label account;
    private final Composite resourceRow;
    private Label peerState;
    private Label notice;

    EditorLayout(Composite parent) {
        main = new Composite(parent, SWT.NONE);
        main.setLayout(new GridLayout(2, false));
        title = WidgetIds.name(new Label(main, SWT.NONE), WidgetIds.TITLE);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        resourceRow = new Composite(main, SWT.NONE);
        GridLayout rowLayout = new GridLayout(2, false);
        rowLayout.marginHeight = 0;
        resourceRow.setLayout(rowLayout);
        resourceRow.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 1, 2));
        new Label(resourceRow, SWT.NONE).setText(Messages.resource_label);
        account = WidgetIds.name(new Label(main, SWT.NONE), WidgetIds.ACCOUNT);
        account.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        account.setForeground(main.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    }

    Composite main() {
        return main;
    }

    Composite resourceRow() {
        return resourceRow;
    }

    /** Lays out the transcript and the input (created in {@link #main()}) with the status lines. */
    void place(Transcript transcript, InputBox input) {
        transcript.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        peerState = WidgetIds.name(new Label(main, SWT.NONE), WidgetIds.PEER_STATE);
        peerState.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        peerState.setForeground(main.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        peerState.moveBelow(transcript.control());
        GridData inputData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        GC gc = new GC(input.control());
        inputData.heightHint = gc.getFontMetrics().getHeight() * INPUT_LINES;
        gc.dispose();
        input.control().setLayoutData(inputData);
        input.control().moveBelow(peerState);
        notice = WidgetIds.name(new Label(main, SWT.WRAP), WidgetIds.NOTICE);
        notice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }

    void names(String peer, String accountLine) {
        title.setText(peer);
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
            main.layout(true);
        }
    }
}
