package org.causerie.pubsub.ui.internal.views;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.ui.internal.Errors;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.PubSubUi;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.pubsub.ui.internal.dialogs.AtomDialog;
import org.causerie.pubsub.ui.internal.dialogs.ConfigureNodeDialog;
import org.causerie.pubsub.ui.internal.dialogs.CreateNodeDialog;
import org.causerie.pubsub.ui.internal.dialogs.OwnerDialog;
import org.causerie.pubsub.ui.internal.dialogs.SubscriptionOptionsDialog;
import org.causerie.pubsub.ui.internal.dialogs.XmlDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The browser's buttons: what can be done with the service and the selected node. Display thread only. */
final class NodeActions {

    private final Composite parent;
    private final PubSubUi ui;
    private final BrowserView view;

    NodeActions(Composite parent, PubSubUi ui, BrowserView view) {
        this.parent = parent;
        this.ui = ui;
        this.view = view;
    }

    void create() {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        row.setLayout(layout);
        button(row, "create", Messages.action_create, this::createNode);
        button(row, "configure", Messages.action_configure, () -> withNode((s, n) -> {
            new ConfigureNodeDialog(parent.getShell(), s, n).open();
            view.loadNode(n);
        }));
        button(row, "owner", Messages.action_owner,
                () -> withNode((s, n) -> new OwnerDialog(parent.getShell(), s, n).open()));
        button(row, "subscribe", Messages.action_subscribe, () -> withNode(this::subscribe));
        button(row, "options", Messages.action_options, () -> withNode((s, n) -> options(s, n, Optional.empty())));
        button(row, "unsubscribe", Messages.action_unsubscribe, () -> withNode((s, n) -> request(
                s.unsubscribe(n), NLS.bind(Messages.done_unsubscribed, n.node()), n)));
        button(row, "atom", Messages.action_atom, () -> withNode((s, n) -> published(
                new AtomDialog(parent.getShell(), s, n).open(), n)));
        button(row, "xml", Messages.action_xml, () -> withNode((s, n) -> published(
                new XmlDialog(parent.getShell(), s, n).open(), n)));
        button(row, "retract", Messages.action_retract, () -> withNode((s, n) -> {
            Optional<PubSubItem> item = view.items().selected();
            if (item.isEmpty()) {
                view.status(Messages.error_chooseItem);
                return;
            }
            request(s.retract(n, item.get().id()), NLS.bind(Messages.done_retracted, item.get().id()), n);
        }));
        button(row, "purge", Messages.action_purge, () -> withNode((s, n) -> {
            if (MessageDialog.openConfirm(parent.getShell(), Messages.action_purge,
                    NLS.bind(Messages.confirm_purge, n.node()))) {
                request(s.purge(n), NLS.bind(Messages.done_purged, n.node()), n);
            }
        }));
        button(row, "delete", Messages.action_delete, () -> withNode((s, n) -> {
            if (MessageDialog.openConfirm(parent.getShell(), Messages.action_delete,
                    NLS.bind(Messages.confirm_delete, n.node()))) {
                s.delete(n).whenComplete((ok, failure) -> ui.later(() -> {
                    view.status(failure == null ? NLS.bind(Messages.done_deleted, n.node())
                            : NLS.bind(Messages.browser_failed, Errors.describe(failure)));
                    if (failure == null) {
                        view.loadRoot();
                    }
                }));
            }
        }));
    }

    private void button(Composite row, String id, String text, Runnable action) {
        Button button = WidgetIds.name(new Button(row, SWT.PUSH), WidgetIds.ACTION + id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void createNode() {
        Optional<PubSubService> service = ui.pubsub();
        Optional<String> account = view.accountId();
        Optional<String> jid = view.serviceJid();
        if (service.isEmpty() || account.isEmpty() || jid.isEmpty()) {
            view.status(Messages.error_chooseService);
            return;
        }
        if (new CreateNodeDialog(parent.getShell(), service.get(), account.get(), jid.get()).open() == Window.OK) {
            view.loadRoot();
        }
    }

    private void withNode(BiFunctionAction action) {
        Optional<PubSubService> service = ui.pubsub();
        Optional<NodeId> node = view.selected();
        if (service.isEmpty() || node.isEmpty()) {
            view.status(Messages.error_chooseNode);
            return;
        }
        action.run(service.get(), node.get());
    }

    /**
     * Subscribes, then offers the new subscription's options (XEP-0060 §6.3) when the
     * service advertises them: the same request with the options form (§6.3.7) would
     * need a form the service has not sent yet.
     */
    private void subscribe(PubSubService service, NodeId node) {
        service.subscribe(node, Optional.empty()).thenCompose(subscription -> service
                .supportsSubscriptionOptions(node.accountId(), node.service())
                .exceptionally(failure -> false)
                .thenAccept(offered -> ui.later(() -> {
                    view.status(NLS.bind(Messages.done_subscribed, node.node()));
                    if (offered) {
                        options(service, node, subscription.subId());
                    }
                }))).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        ui.later(() -> view.status(NLS.bind(Messages.browser_failed, Errors.describe(failure))));
                    }
                });
    }

    private void options(PubSubService service, NodeId node, Optional<String> subId) {
        if (new SubscriptionOptionsDialog(parent.getShell(), service, node, subId).open() == Window.OK) {
            view.status(NLS.bind(Messages.done_options, node.node()));
        }
    }

    private void published(int code, NodeId node) {
        if (code == Window.OK) {
            view.status(NLS.bind(Messages.done_published, node.node()));
            view.loadItems(node);
        }
    }

    private void request(CompletableFuture<?> request, String done, NodeId node) {
        request.whenComplete((ok, failure) -> ui.later(() -> {
            view.status(failure == null ? done : NLS.bind(Messages.browser_failed, Errors.describe(failure)));
            view.loadItems(node);
        }));
    }

    /** An action on the service and the selected node. */
    private interface BiFunctionAction {
        void run(PubSubService service, NodeId node);
    }

}
