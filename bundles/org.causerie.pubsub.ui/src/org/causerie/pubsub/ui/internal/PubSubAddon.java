package org.causerie.pubsub.ui.internal;

import java.time.Instant;
import java.util.Optional;

import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.PubSubListener;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.pep.PepService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The publish-subscribe UI's add-on (model fragment): puts {@link PubSubUi} in
 * the application context and records every notification in the
 * {@link NotificationLog}, from the start, so the notifications view shows what
 * arrived before it was opened; shows a desktop popup per new item when the user
 * asked for them.
 */
public final class PubSubAddon {

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    private volatile PubSubService pubsub;
    private volatile PepService pep;
    private Display display;
    private PubSubUi ui;
    private Accounts accounts;
    private final NotificationLog log = new NotificationLog();
    private final PubSubListener listener = new PubSubListener() {
        @Override
        public void itemPublished(PubSubItem item) {
            record(new NotificationLog.Entry(NotificationLog.Kind.PUBLISHED, item.node(), Instant.now(),
                    Optional.of(item.id()), Optional.of(item)));
        }

        @Override
        public void itemRetracted(NodeId node, String itemId) {
            record(new NotificationLog.Entry(NotificationLog.Kind.RETRACTED, node, Instant.now(),
                    Optional.of(itemId), Optional.empty()));
        }

        @Override
        public void nodePurged(NodeId node) {
            record(new NotificationLog.Entry(NotificationLog.Kind.PURGED, node, Instant.now(), Optional.empty(),
                    Optional.empty()));
        }

        @Override
        public void nodeDeleted(NodeId node) {
            record(new NotificationLog.Entry(NotificationLog.Kind.DELETED, node, Instant.now(), Optional.empty(),
                    Optional.empty()));
        }
    };

    @PostConstruct
    void start() {
        display = Display.getCurrent();
        BundleContext context = FrameworkUtil.getBundle(PubSubAddon.class).getBundleContext();
        accounts = new Accounts(context);
        ui = new PubSubUi(display, this::shell, () -> Optional.ofNullable(pubsub), () -> Optional.ofNullable(pep),
                accounts, log, application, models);
        application.getContext().set(PubSubUi.class, ui);
        PubSubService service = pubsub;
        if (service != null) {
            service.addListener(listener);
        }
    }

    @PreDestroy
    void stop() {
        setPubSub(null);
        accounts.close();
    }

    private void record(NotificationLog.Entry entry) {
        ui.later(() -> {
            log.add(entry);
            if (ui.popups() && entry.kind() == NotificationLog.Kind.PUBLISHED) {
                new ItemPopup(display, entry, accounts.name(entry.node().accountId())).open();
            }
        });
    }

    @Inject
    void setPubSub(@org.eclipse.e4.core.di.annotations.Optional @Service PubSubService service) {
        PubSubService old = pubsub;
        if (old == service) {
            return;
        }
        if (old != null) {
            old.removeListener(listener);
        }
        pubsub = service;
        if (service != null && ui != null) {
            service.addListener(listener);
        }
    }

    @Inject
    void setPep(@org.eclipse.e4.core.di.annotations.Optional @Service PepService service) {
        pep = service;
    }

    private Shell shell() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getWidget() instanceof Shell s ? s : display.getActiveShell();
    }
}
