package org.causerie.muc.ui.internal.editor;

import org.causerie.muc.RoomId;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * The room editor's frame, top to bottom: the room's address in bold with our
 * nickname and account, the tool bar, the subject with "change" and "load older
 * messages", the body (conversation tabs beside the occupants), and a notice line
 * for failures and news. Display thread only.
 */
final class RoomHeader {

    private final Composite main;
    private final Label title;
    private final Label who;
    private final Composite toolRow;
    private final Label subject;
    private final Link actions;
    private final SashForm body;
    private Label notice;
    private Runnable changeSubject = () -> { };
    private Runnable loadOlder = () -> { };

    RoomHeader(Composite parent, RoomId room, String account) {
        main = new Composite(parent, SWT.NONE);
        main.setLayout(new GridLayout(1, false));
        toolRow = new Composite(main, SWT.NONE);
        GridLayout rowLayout = new GridLayout(2, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        toolRow.setLayout(rowLayout);
        toolRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite names = new Composite(toolRow, SWT.NONE);
        names.setLayout(new GridLayout(1, false));
        names.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        title = WidgetIds.name(new Label(names, SWT.NONE), WidgetIds.TITLE);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        title.setText(room.room());
        who = new Label(names, SWT.NONE);
        who.setForeground(main.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        who.setText(NLS.bind(Messages.header_account, account));
        who.setData(account);
        Composite subjectRow = new Composite(main, SWT.NONE);
        subjectRow.setLayout(new GridLayout(3, false));
        subjectRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(subjectRow, SWT.NONE).setText(Messages.header_subject);
        subject = WidgetIds.name(new Label(subjectRow, SWT.WRAP), WidgetIds.SUBJECT);
        GridData subjectData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        subjectData.widthHint = 300;
        subject.setLayoutData(subjectData);
        actions = WidgetIds.name(new Link(subjectRow, SWT.NONE), WidgetIds.OLDER);
        actions.setText("<a href=\"subject\">" + Messages.header_changeSubject + "</a>   <a href=\"older\">"
                + Messages.header_older + "</a>");
        actions.addListener(SWT.Selection, e -> ("subject".equals(e.text) ? changeSubject : loadOlder).run());
        body = new SashForm(main, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** @return the row the tool bar goes in (beside the names) */
    Composite toolBarRow() {
        return toolRow;
    }

    SashForm body() {
        return body;
    }

    void onChangeSubject(Runnable action) {
        changeSubject = action;
    }

    void onLoadOlder(Runnable action) {
        loadOlder = action;
    }

    /** Adds the notice line under the body (created once the body's contents are). */
    void finish() {
        notice = WidgetIds.name(new Label(main, SWT.WRAP), WidgetIds.NOTICE);
        notice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** Gives the keyboard focus to the header (while the editor's input is not made yet). */
    void setFocus() {
        main.setFocus();
    }

    boolean isDisposed() {
        return main.isDisposed();
    }

    /** Shows our nickname and the subject as the room has them now. */
    void show(RoomSnapshot room) {
        String account = (String) who.getData();
        boolean changed = setText(who, NLS.bind(Messages.header_as, SafeText.oneLine(room.nick(), 60), account));
        changed |= setText(subject, room.subject().map(s -> SafeText.oneLine(s, 500))
                .orElse(Messages.header_noSubject));
        subject.setToolTipText(room.subject().map(SafeText::clean).orElse(""));
        if (changed) {
            // only the rows whose labels changed: every occupant's coming and going calls this
            main.layout(new Control[] {who, subject});
        }
    }

    void notice(String text) {
        if (notice != null && !notice.isDisposed() && setText(notice, text)) {
            main.layout(new Control[] {notice});
        }
    }

    /** @return whether the label's text changed */
    private static boolean setText(Label label, String text) {
        if (text.equals(label.getText())) {
            return false;
        }
        label.setText(text);
        return true;
    }
}
