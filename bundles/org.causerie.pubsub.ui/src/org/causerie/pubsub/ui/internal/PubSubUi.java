package org.causerie.pubsub.ui.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.pep.PepService;
import org.causerie.pubsub.ui.internal.dialogs.ExtendedPresenceDialog;
import org.causerie.pubsub.ui.internal.views.BrowserView;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * What the publish-subscribe views, dialogs and handlers share, put in the
 * application context by {@link PubSubAddon}: the services (they come and go),
 * the connected accounts, the notification log, and opening the views.
 * Display thread only, except {@link #later}.
 */
public final class PubSubUi {

    /** The browser's part descriptor (fragment.e4xmi). */
    public static final String BROWSER = "org.causerie.pubsub.ui.partdescriptor.browser";
    /** The notifications view's part descriptor (fragment.e4xmi). */
    public static final String NOTIFICATIONS = "org.causerie.pubsub.ui.partdescriptor.notifications";
    /** The part stack the views open in (the workbench's Application.e4xmi). */
    public static final String STACK = "org.causerie.app.partstack.main";

    private final Display display;
    private final Supplier<Shell> shell;
    private final Supplier<Optional<PubSubService>> pubsub;
    private final Supplier<Optional<PepService>> pep;
    private final Accounts accounts;
    private final NotificationLog log;
    private final MApplication application;
    private final EModelService models;
    private boolean popups;

    public PubSubUi(Display display, Supplier<Shell> shell, Supplier<Optional<PubSubService>> pubsub,
            Supplier<Optional<PepService>> pep, Accounts accounts, NotificationLog log, MApplication application,
            EModelService models) {
        this.display = display;
        this.shell = shell;
        this.pubsub = pubsub;
        this.pep = pep;
        this.accounts = accounts;
        this.log = log;
        this.application = application;
        this.models = models;
    }

    /** Runs on the display thread soon, unless the display is gone. */
    public void later(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!display.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    public Display display() {
        return display;
    }

    public Shell shell() {
        return shell.get();
    }

    public Optional<PubSubService> pubsub() {
        return pubsub.get();
    }

    public Optional<PepService> pep() {
        return pep.get();
    }

    public Accounts accounts() {
        return accounts;
    }

    public NotificationLog log() {
        return log;
    }

    /** @return whether new items also show a desktop popup */
    public boolean popups() {
        return popups;
    }

    public void setPopups(boolean on) {
        popups = on;
    }

    /** Opens (or brings to front) the node browser. */
    public MPart showBrowser() {
        MPart part = show(BROWSER);
        if (part.getObject() instanceof BrowserView view) {
            view.loadAccounts();
        }
        return part;
    }

    /** Opens (or brings to front) the notifications view. */
    public MPart showNotifications() {
        return show(NOTIFICATIONS);
    }

    /** Opens the dialog for the user's own extended presence. */
    public void editPresence() {
        Optional<PepService> service = pep();
        if (service.isEmpty() || accounts.connected().isEmpty()) {
            MessageDialog.openInformation(shell(), Messages.presence_title, Messages.error_noAccount);
            return;
        }
        new ExtendedPresenceDialog(shell(), service.get(), accounts).open();
    }

    private MPart show(String descriptor) {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = models.findElements(application, descriptor, MPart.class).stream().findFirst().orElse(null);
        if (part == null) {
            part = parts.createPart(descriptor);
            MPartStack stack = (MPartStack) models.find(STACK, application);
            if (stack != null) {
                stack.getChildren().add(part);
            }
        }
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
