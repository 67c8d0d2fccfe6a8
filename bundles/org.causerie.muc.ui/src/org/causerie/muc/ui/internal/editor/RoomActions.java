package org.causerie.muc.ui.internal.editor;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.causerie.core.Jids;
import org.causerie.muc.Affiliation;
import org.causerie.muc.MucService;
import org.causerie.muc.Occupant;
import org.causerie.muc.Role;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucErrors;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.dialogs.AffiliationsDialog;
import org.causerie.muc.ui.internal.dialogs.BookmarkDialog;
import org.causerie.muc.ui.internal.dialogs.DestroyDialog;
import org.causerie.muc.ui.internal.dialogs.InviteDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * What the room editor's menus do: moderation of an occupant (kick, ban, roles,
 * affiliations, XEP-0045 §8-§10), adding an occupant to the roster, and the room's
 * own commands. Questions are asked on the display thread; the service's futures
 * report failures in the editor's notice line, in words.
 */
final class RoomActions {

    private final MucUi ui;
    private final MucService muc;
    private final RoomId room;
    private final Shell shell;
    private final Consumer<String> notice;

    RoomActions(MucUi ui, MucService muc, RoomId room, Shell shell, Consumer<String> notice) {
        this.ui = ui;
        this.muc = muc;
        this.room = room;
        this.shell = shell;
        this.notice = notice;
    }

    void kick(Occupant occupant) {
        reason(NLS.bind(Messages.kick_title, occupant.nick())).ifPresent(reason -> report(
                muc.kick(room, occupant.nick(), reason), Messages.error_kick, occupant.nick()));
    }

    void ban(Occupant occupant) {
        Optional<String> jid = occupant.realJid().map(Jids::bare);
        if (jid.isEmpty()) {
            notice.accept(NLS.bind(Messages.error_noRealJid, occupant.nick()));
            return;
        }
        reason(NLS.bind(Messages.ban_title, occupant.nick())).ifPresent(reason -> report(
                muc.setAffiliation(room, jid.get(), Affiliation.OUTCAST, reason), Messages.error_ban, occupant.nick()));
    }

    void role(Occupant occupant, Role role) {
        report(muc.setRole(room, occupant.nick(), role, Optional.empty()), Messages.error_role, occupant.nick());
    }

    void affiliation(Occupant occupant, Affiliation affiliation) {
        Optional<String> jid = occupant.realJid().map(Jids::bare);
        if (jid.isEmpty()) {
            notice.accept(NLS.bind(Messages.error_noRealJid, occupant.nick()));
            return;
        }
        report(muc.setAffiliation(room, jid.get(), affiliation, Optional.empty()), Messages.error_affiliation,
                occupant.nick());
    }

    void addToRoster(Occupant occupant) {
        Optional<String> jid = occupant.realJid().map(Jids::bare);
        if (jid.isEmpty() || ui.roster().isEmpty()) {
            notice.accept(NLS.bind(Messages.error_noRealJid, occupant.nick()));
            return;
        }
        ui.roster().get().add(room.accountId(), jid.get(), Optional.of(occupant.nick()), Set.of())
                .whenComplete((ok, failure) -> ui.later(() -> notice.accept(failure == null
                        ? NLS.bind(Messages.notice_contactAdded, jid.get())
                        : NLS.bind(Messages.error_addContact, jid.get(), MucErrors.describe(failure)))));
    }

    void invite() {
        new InviteDialog(shell, ui, muc, room).open();
    }

    void changeNick(String current) {
        InputDialog dialog = new InputDialog(shell, Messages.nick_title, Messages.nick_message, current,
                text -> text.isBlank() ? Messages.error_nickMissing : null);
        if (dialog.open() == Window.OK) {
            report(muc.changeNick(room, dialog.getValue().strip()), Messages.error_nick, dialog.getValue());
        }
    }

    void changeSubject(String current) {
        InputDialog dialog = new InputDialog(shell, Messages.subject_title, Messages.subject_message, current, null);
        if (dialog.open() == Window.OK) {
            report(muc.setSubject(room, dialog.getValue()), Messages.error_subject, room.room());
        }
    }

    void configure() {
        ui.configure(room, false);
    }

    void list(Affiliation affiliation) {
        new AffiliationsDialog(shell, ui, muc, room, affiliation).open();
    }

    void bookmark() {
        new BookmarkDialog(shell, ui, muc, room, Optional.empty()).open();
    }

    void destroy() {
        new DestroyDialog(shell, ui, muc, room).open();
    }

    void leave() {
        muc.leave(room).whenComplete((ok, failure) -> ui.later(() -> {
            if (failure != null) {
                notice.accept(NLS.bind(Messages.error_leave, room.room(), MucErrors.describe(failure)));
            }
        }));
        ui.close(room);
    }

    private Optional<Optional<String>> reason(String title) {
        InputDialog dialog = new InputDialog(shell, title, Messages.reason_message, "", null);
        if (dialog.open() != Window.OK) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(dialog.getValue().strip()).filter(r -> !r.isEmpty()));
    }

    /** Tells a failure in the notice line: {@code pattern} has {0} for the subject, {1} for why. */
    void report(CompletableFuture<?> operation, String pattern, String subject) {
        operation.whenComplete((ok, failure) -> {
            if (failure != null) {
                ui.later(() -> notice.accept(NLS.bind(pattern, subject, MucErrors.describe(failure))));
            }
        });
    }
}
