package org.causerie.muc.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.causerie.core.form.DataForm;
import org.causerie.muc.Invitation;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucError;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.dialogs.ConfigureDialog;
import org.causerie.muc.ui.internal.dialogs.CreateRoomDialog;
import org.causerie.muc.ui.internal.dialogs.JoinDialog;
import org.causerie.muc.ui.internal.dialogs.RoomBrowserDialog;
import org.causerie.roster.RosterService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * What the rooms UI does for the user, shared by the menu's handlers, the room
 * editors, the invitation popups and the {@link org.causerie.ui.RoomOpener}: the
 * join, browse and create dialogs, opening editors, configuring (a new room stays
 * locked until then), one-click joins. Created by {@link MucAddon}, kept in the
 * application context. Display thread only; the network work runs in the
 * services' futures, whose outcome comes back through {@link #later}.
 */
public final class MucUi {

    private final Display display;
    private final Supplier<Shell> shell;
    private final Supplier<Optional<MucService>> muc;
    private final Supplier<Optional<RosterService>> roster;
    private final ConnectedAccounts accounts;
    private final RoomParts parts;

    MucUi(Display display, Supplier<Shell> shell, Supplier<Optional<MucService>> muc,
            Supplier<Optional<RosterService>> roster, ConnectedAccounts accounts, RoomParts parts) {
        this.display = display;
        this.shell = shell;
        this.muc = muc;
        this.roster = roster;
        this.accounts = accounts;
        this.parts = parts;
    }

    public Optional<MucService> muc() {
        return muc.get();
    }

    public Optional<RosterService> roster() {
        return roster.get();
    }

    public ConnectedAccounts accounts() {
        return accounts;
    }

    /** @return the workbench window, parent of the dialogs */
    public Shell shell() {
        return shell.get();
    }

    /** Opens the join dialog, filled in as given; it joins, tells errors, and opens the editor. */
    public void join(JoinDialog.Initial initial) {
        muc().ifPresentOrElse(service -> new JoinDialog(shell(), this, service, initial).open(), this::noService);
    }

    /** Opens the room browser of an account's service. */
    public void browse(Optional<String> accountId, Optional<String> service) {
        muc().ifPresentOrElse(m -> new RoomBrowserDialog(shell(), this, m, accountId, service).open(),
                this::noService);
    }

    /** Opens the dialog creating a room. */
    public void create(Optional<String> accountId) {
        muc().ifPresentOrElse(m -> new CreateRoomDialog(shell(), this, m, accountId).open(), this::noService);
    }

    /** Shows a joined room's editor; {@code activate} brings it to the front. */
    public void show(RoomId room, boolean activate) {
        parts.open(room, activate);
    }

    /** Closes a room's editor. */
    public void close(RoomId room) {
        parts.close(room);
    }

    /** Labels the room editors' tabs again (one closed: another may no longer need its account named). */
    public void relabel() {
        parts.relabel();
    }

    /**
     * Opens the room's configuration form (XEP-0045 §10.2). For a new room, giving up
     * the form leaves the room locked, so the user is asked what to do with it.
     */
    public void configure(RoomId room, boolean newRoom) {
        muc().ifPresentOrElse(m -> {
            int result = new ConfigureDialog(shell(), m, room).open();
            if (result != Window.OK && newRoom) {
                locked(room);
            }
        }, this::noService);
    }

    /**
     * A room we created is locked until configured (§10.1.1): defaults at once (an
     * instant room, §10.1.2: an empty submitted form), the form, or leaving it (the
     * service removes it).
     */
    public void locked(RoomId room) {
        Optional<MucService> service = muc();
        if (service.isEmpty()) {
            noService();
            return;
        }
        MessageDialog dialog = new MessageDialog(shell(), Messages.locked_title, null,
                NLS.bind(Messages.locked_question, room.room()), MessageDialog.QUESTION,
                0, Messages.locked_instant, Messages.locked_configure, Messages.locked_leave);
        switch (dialog.open()) {
            case 0 -> report(service.get().configure(room, new DataForm("submit", Optional.empty(), List.of(),
                    List.of())), Messages.error_configure, room.room());
            case 1 -> configure(room, true);
            default -> {
                close(room); // its editor leaves the room, which the service then removes
                report(service.get().leave(room), Messages.error_leave, room.room());
            }
        }
    }

    /**
     * A join found no room: entering created it, and the service gave it up at once
     * (nothing stays locked, {@link MucService#join}). The user creates it with the
     * service's defaults (§10.1.2), creates it and configures it first (§10.1.3), or
     * leaves it be.
     */
    public void notFound(JoinRequest request) {
        Optional<MucService> service = muc();
        if (service.isEmpty()) {
            noService();
            return;
        }
        RoomId room = request.room();
        MessageDialog dialog = new MessageDialog(shell(), Messages.locked_title, null,
                NLS.bind(Messages.missing_question, room.room()), MessageDialog.QUESTION,
                0, Messages.locked_instant, Messages.locked_configure, Messages.missing_cancel);
        int choice = dialog.open();
        if (choice != 0 && choice != 1) {
            return;
        }
        boolean instant = choice == 0;
        service.get().create(request, instant).whenComplete((snapshot, failure) -> later(() -> {
            if (failure != null) {
                MessageDialog.openError(shell(), Messages.error_title, NLS.bind(Messages.error_create, room.room(),
                        MucErrors.describe(failure)));
                return;
            }
            show(room, true);
            if (!instant) {
                configure(room, true);
            }
        }));
    }

    /** Accepts an invitation in one click: joins with the account's user name, asks only when that fails. */
    public void accept(Invitation invitation) {
        Optional<MucService> service = muc();
        String nick = accounts.find(invitation.room().accountId()).map(ConnectedAccounts.Choice::localpart)
                .orElse("guest");
        JoinRequest request = new JoinRequest(invitation.room(), nick, invitation.password(),
                java.util.OptionalInt.empty());
        if (service.isEmpty()) {
            noService();
            return;
        }
        service.get().join(request).whenComplete((room, failure) -> later(() -> {
            if (failure == null) {
                show(invitation.room(), true);
            } else if (MucErrors.muc(failure).filter(e -> e.error() == MucError.ROOM_LOCKED).isPresent()) {
                notFound(request);
            } else {
                join(JoinDialog.Initial.after(request, failure));
            }
        }));
    }

    /** Declines a mediated invitation (§7.8.2); a direct one is simply not answered. */
    public void decline(Invitation invitation) {
        if (!invitation.direct()) {
            muc().ifPresent(m -> report(m.decline(invitation, Optional.empty()), Messages.error_decline,
                    invitation.room().room()));
        }
    }

    /**
     * Tells the user when an operation fails, in a dialog.
     *
     * @param pattern what could not be done ({0}: the subject, {1}: why)
     */
    public void report(CompletableFuture<?> operation, String pattern, String subject) {
        operation.whenComplete((ok, failure) -> {
            if (failure != null) {
                later(() -> MessageDialog.openError(shell(), Messages.error_title,
                        NLS.bind(pattern, subject, MucErrors.describe(failure))));
            }
        });
    }

    /** Runs on the display thread later, unless the workbench is gone. */
    public void later(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!display.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void noService() {
        MessageDialog.openError(shell(), Messages.error_title, Messages.error_noService);
    }
}
