package org.causerie.muc.ui.internal.dialogs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucErrors;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Joins a room (XEP-0045 §7.2): account, service, room, nickname (the account's
 * user name by default), password, and the rooms joined recently. The dialog
 * stays open while the room answers and says what went wrong in words, keeping
 * what was typed: a wrong or missing password asks for it again, a nickname in use
 * is replaced by the one the service suggests. A room that did not exist (the
 * service gave up the locked room entering created, §10.1.1) is offered to be
 * created: with the defaults, configured first, or not at all.
 */
public final class JoinDialog extends TitleAreaDialog {

    /**
     * What the dialog starts with.
     *
     * @param room the room, when known (its account is then preselected)
     * @param nick the nickname to offer
     * @param password the password to fill in
     * @param error an error to show at once (a join that failed elsewhere)
     */
    public record Initial(Optional<RoomId> room, Optional<String> nick, Optional<String> password,
            Optional<String> error) {

        public static Initial empty() {
            return new Initial(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        public static Initial of(RoomId room, Optional<String> password) {
            return new Initial(Optional.of(room), Optional.empty(), password, Optional.empty());
        }

        /** @return the request again, with the reason it failed (and the suggested nickname, if any) */
        public static Initial after(JoinRequest request, Throwable failure) {
            Optional<String> nick = MucErrors.muc(failure).flatMap(MucException::suggestedNick)
                    .or(() -> Optional.of(request.nick()));
            return new Initial(Optional.of(request.room()), nick, request.password(),
                    Optional.of(MucErrors.describe(failure)));
        }
    }

    private final MucUi ui;
    private final MucService muc;
    private final Initial initial;
    private AccountServiceFields where;
    private Text room;
    private Text nick;
    private Text password;
    private org.eclipse.swt.widgets.List recent;
    private List<JoinRequest> recentRequests = List.of();
    private boolean joining;

    public JoinDialog(Shell parent, MucUi ui, MucService muc, Initial initial) {
        super(parent);
        this.ui = ui;
        this.muc = muc;
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.join_title);
        WidgetIds.name(shell, WidgetIds.JOIN_DIALOG);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.join_title);
        setMessage(Messages.join_message);
        Composite grid = DialogGrid.in(area, 2);
        where = new AccountServiceFields(grid, ui, muc, initial.room().map(RoomId::accountId),
                initial.room().map(RoomId::service));
        room = DialogGrid.text(grid, Messages.field_room, WidgetIds.JOIN_ROOM, SWT.NONE);
        room.setMessage(Messages.field_roomHint);
        initial.room().ifPresent(r -> room.setText(r.room().substring(0, r.room().indexOf('@'))));
        nick = DialogGrid.text(grid, Messages.field_nick, WidgetIds.JOIN_NICK, SWT.NONE);
        nick.setText(initial.nick().orElseGet(() -> where.selected().map(c -> c.localpart()).orElse("")));
        password = DialogGrid.text(grid, Messages.field_password, WidgetIds.JOIN_PASSWORD, SWT.PASSWORD);
        initial.password().ifPresent(password::setText);
        Label recentLabel = new Label(grid, SWT.NONE);
        recentLabel.setText(Messages.join_recent);
        recentLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        recent = WidgetIds.name(new org.eclipse.swt.widgets.List(grid, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL),
                WidgetIds.JOIN_RECENT);
        GridData recentData = new GridData(SWT.FILL, SWT.FILL, true, true);
        recentData.heightHint = recent.getItemHeight() * 5;
        recent.setLayoutData(recentData);
        recent.addListener(SWT.Selection, e -> recentChosen());
        recent.addListener(SWT.DefaultSelection, e -> okPressed());
        where.onAccountChanged(id -> {
            fillRecent(id);
            ui.accounts().find(id).ifPresent(c -> nick.setText(c.localpart()));
        });
        where.selected().ifPresent(c -> fillRecent(c.accountId()));
        initial.error().ifPresent(this::setErrorMessage);
        if (where.selected().isEmpty()) {
            setErrorMessage(Messages.error_noAccount);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.join_button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void fillRecent(String accountId) {
        recentRequests = muc.recentRooms(accountId);
        recent.removeAll();
        recentRequests.forEach(r -> recent.add(NLS.bind(Messages.join_recentItem, r.room().room(), r.nick())));
    }

    private void recentChosen() {
        int index = recent.getSelectionIndex();
        if (index >= 0 && index < recentRequests.size()) {
            JoinRequest r = recentRequests.get(index);
            where.setService(r.room().service());
            room.setText(r.room().room().substring(0, r.room().room().indexOf('@')));
            nick.setText(r.nick());
            password.setText(r.password().orElse(""));
        }
    }

    /** @return the request the fields describe, or empty with the problem shown */
    private Optional<JoinRequest> request() {
        Optional<String> accountId = where.selected().map(c -> c.accountId());
        if (accountId.isEmpty()) {
            setErrorMessage(Messages.error_noAccount);
            return Optional.empty();
        }
        String name = room.getText().strip();
        String jid = name.contains("@") ? name : name + "@" + where.service();
        if (name.isEmpty() || (!name.contains("@") && where.service().isEmpty())) {
            setErrorMessage(Messages.error_roomMissing);
            return Optional.empty();
        }
        if (nick.getText().isBlank()) {
            setErrorMessage(Messages.error_nickMissing);
            return Optional.empty();
        }
        try {
            RoomId id = new RoomId(accountId.get(), jid);
            Optional<String> secret = Optional.of(password.getText()).filter(p -> !p.isEmpty());
            return Optional.of(new JoinRequest(id, nick.getText().strip(), secret, OptionalInt.empty()));
        } catch (IllegalArgumentException e) {
            setErrorMessage(NLS.bind(Messages.error_notARoom, jid));
            return Optional.empty();
        }
    }

    @Override
    protected void okPressed() {
        if (joining) {
            return;
        }
        Optional<JoinRequest> request = request();
        if (request.isEmpty()) {
            return;
        }
        joining = true;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage(NLS.bind(Messages.join_joining, request.get().room().room()));
        muc.join(request.get()).whenComplete((snapshot, failure) -> ui.later(() -> joined(request.get(), failure)));
    }

    private void joined(JoinRequest request, Throwable failure) {
        boolean open = getShell() != null && !getShell().isDisposed();
        joining = false;
        if (failure == null) {
            if (open) {
                close();
            }
            ui.show(request.room(), true);
            return;
        }
        Optional<MucException> muc = MucErrors.muc(failure);
        if (muc.filter(e -> e.error() == MucError.ROOM_LOCKED).isPresent()) {
            if (open) {
                close();
            }
            ui.notFound(request);
            return;
        }
        if (!open) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        setMessage(Messages.join_message);
        setErrorMessage(MucErrors.describe(failure));
        MucError error = muc.map(MucException::error).orElse(MucError.OTHER);
        if (error == MucError.PASSWORD_REQUIRED) {
            password.setFocus();
            password.selectAll();
        } else if (error == MucError.NICK_IN_USE) {
            muc.flatMap(MucException::suggestedNick).ifPresent(suggested -> {
                setErrorMessage(NLS.bind(Messages.error_nickInUseSuggested, request.nick(), suggested));
                nick.setText(suggested);
            });
            nick.setFocus();
            nick.selectAll();
        }
    }
}
