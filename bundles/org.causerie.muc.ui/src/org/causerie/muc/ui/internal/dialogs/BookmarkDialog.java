package org.causerie.muc.ui.internal.dialogs;

import java.util.Optional;

import org.causerie.muc.Bookmark;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WidgetIds;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Bookmarks a room on the server (XEP-0402, or XEP-0048 where the server lacks
 * it): a name, the nickname and password to join with, and whether to join at
 * login (autojoin). The account's existing bookmark of the room, if any, fills it.
 */
public final class BookmarkDialog extends Dialog {

    private final MucUi ui;
    private final MucService muc;
    private final RoomId room;
    private final Optional<String> name;
    private Text nameText;
    private Text nick;
    private Text password;
    private Button autojoin;

    public BookmarkDialog(Shell parent, MucUi ui, MucService muc, RoomId room, Optional<String> name) {
        super(parent);
        this.ui = ui;
        this.muc = muc;
        this.room = room;
        this.name = name;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.bookmark_title, room.room()));
        WidgetIds.name(shell, WidgetIds.BOOKMARK_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite grid = DialogGrid.in(area, 2);
        nameText = DialogGrid.text(grid, Messages.bookmark_name, WidgetIds.BOOKMARK_NAME, SWT.NONE);
        nameText.setText(name.orElse(room.room().substring(0, room.room().indexOf('@'))));
        nick = DialogGrid.text(grid, Messages.field_nick, null, SWT.NONE);
        nick.setText(muc.room(room).map(r -> r.nick())
                .orElseGet(() -> ui.accounts().find(room.accountId()).map(c -> c.localpart()).orElse("")));
        password = DialogGrid.text(grid, Messages.field_passwordOptional, null, SWT.PASSWORD);
        new Label(grid, SWT.NONE);
        autojoin = WidgetIds.name(new Button(grid, SWT.CHECK), WidgetIds.BOOKMARK_AUTOJOIN);
        autojoin.setText(Messages.bookmark_autojoin);
        autojoin.setSelection(true);
        muc.bookmarks(room.accountId()).whenComplete((marks, failure) -> ui.later(() -> {
            if (marks == null || autojoin.isDisposed()) {
                return;
            }
            marks.stream().filter(b -> b.room().equals(room)).findFirst().ifPresent(b -> {
                b.name().ifPresent(nameText::setText);
                b.nick().ifPresent(nick::setText);
                b.password().ifPresent(password::setText);
                autojoin.setSelection(b.autojoin());
            });
        }));
        return area;
    }

    @Override
    protected void okPressed() {
        Bookmark bookmark = new Bookmark(room, present(nameText.getText()), present(nick.getText()),
                Optional.of(password.getText()).filter(p -> !p.isEmpty()), autojoin.getSelection());
        ui.report(muc.saveBookmark(bookmark), Messages.error_bookmark, room.room());
        super.okPressed();
    }

    private static Optional<String> present(String text) {
        return Optional.of(text.strip()).filter(t -> !t.isEmpty());
    }
}
