package org.causerie.muc.ui.internal;

import java.util.Optional;

import org.causerie.muc.Invitation;
import org.causerie.muc.MucListener;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.dialogs.JoinDialog;
import org.causerie.roster.RosterService;
import org.causerie.ui.RoomOpener;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The rooms UI's add-on (model fragment): puts {@link MucUi} in the application
 * context for the handlers and editors, provides the {@link RoomOpener} OSGi
 * service (xmpp:room@service?join links), opens the editor of a room joined
 * without the user asking here (autojoin bookmarks at login, another part of the
 * UI) behind the current view, and shows invitations.
 */
public final class MucAddon {

    /** After the workbench shows: the classes of the first room editor are loaded then ({@link WarmUp}). */
    private static final int WARM_UP_DELAY_MILLIS = 1000;

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    private volatile MucService muc;
    private volatile RosterService roster;
    private Display display;
    private MucUi ui;
    private RoomParts parts;
    private ConnectedAccounts accounts;
    private ServiceRegistration<RoomOpener> registration;
    private final MucListener listener = new MucListener() {
        @Override
        public void roomJoined(RoomSnapshot room) {
            ui.later(() -> {
                if (parts.find(room.room()).isEmpty()) {
                    ui.show(room.room(), false);
                }
            });
        }

        @Override
        public void invitationReceived(Invitation invitation) {
            ui.later(() -> new InvitationPopup(display, invitation,
                    accounts.name(invitation.room().accountId()), ui).open());
        }
    };

    @PostConstruct
    void start() {
        display = Display.getCurrent();
        BundleContext context = FrameworkUtil.getBundle(MucAddon.class).getBundleContext();
        accounts = new ConnectedAccounts(context);
        parts = new RoomParts(application, models, accounts::name);
        ui = new MucUi(display, this::shell, () -> Optional.ofNullable(muc), () -> Optional.ofNullable(roster),
                accounts, parts);
        application.getContext().set(MucUi.class, ui);
        RoomOpener opener = this::open;
        application.getContext().set(RoomOpener.class, opener);
        registration = context.registerService(RoomOpener.class, opener, null);
        MucService service = muc;
        if (service != null) {
            service.addMucListener(listener);
        }
        display.timerExec(WARM_UP_DELAY_MILLIS, () -> WarmUp.start(display, ui));
    }

    @PreDestroy
    void stop() {
        if (registration != null) {
            registration.unregister();
        }
        setMuc(null);
        accounts.close();
    }

    @Inject
    void setMuc(@org.eclipse.e4.core.di.annotations.Optional @Service MucService service) {
        MucService old = muc;
        if (old == service) {
            return;
        }
        if (old != null) {
            old.removeMucListener(listener);
        }
        muc = service;
        // before @PostConstruct the listener waits for start(): ui is not made yet
        if (service != null && ui != null) {
            service.addMucListener(listener);
        }
    }

    @Inject
    void setRoster(@org.eclipse.e4.core.di.annotations.Optional @Service RosterService service) {
        roster = service;
    }

    /** The RoomOpener: the editor when the account is in the room, else the join dialog filled in. */
    private void open(org.causerie.ui.RoomRef ref, Optional<String> password) {
        RoomId id;
        try {
            id = new RoomId(ref.accountId(), ref.roomJid());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(shell(), Messages.error_title, NLS.bind(Messages.error_notARoom, ref.roomJid()));
            return;
        }
        MucService service = muc;
        if (service != null && service.room(id).filter(RoomSnapshot::joined).isPresent()) {
            ui.show(id, true);
        } else {
            ui.join(JoinDialog.Initial.of(id, password));
        }
    }

    private Shell shell() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getWidget() instanceof Shell s ? s : display.getActiveShell();
    }
}
