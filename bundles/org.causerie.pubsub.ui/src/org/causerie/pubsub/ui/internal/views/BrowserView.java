package org.causerie.pubsub.ui.internal.views;

import java.util.List;
import java.util.Optional;

import org.causerie.core.form.FormField;
import org.causerie.pubsub.NodeEntry;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeInfo;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.ui.internal.Accounts;
import org.causerie.pubsub.ui.internal.Errors;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.PubSubUi;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The node browser: an account, one of its server's publish-subscribe services,
 * the service's node tree (collections expand to their children), the selected
 * node's metadata and items, and the actions on it ({@link NodeActions}). Every
 * request runs in the background; answers land on the display thread, failures in
 * the status line.
 */
public final class BrowserView {

    @Inject
    private PubSubUi ui;

    private Combo account;
    private Combo service;
    private Tree tree;
    private Label header;
    private Table metadata;
    private ItemsTable items;
    private ItemPager pager;
    private Label status;
    private List<Accounts.Choice> choices = List.of();

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        new Label(parent, SWT.NONE).setText(Messages.browser_account);
        account = WidgetIds.name(new Combo(parent, SWT.READ_ONLY), WidgetIds.BROWSER_ACCOUNT);
        account.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE).setText(Messages.browser_service);
        service = WidgetIds.name(new Combo(parent, SWT.DROP_DOWN), WidgetIds.BROWSER_SERVICE);
        service.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = WidgetIds.name(new Button(parent, SWT.PUSH), WidgetIds.BROWSER_REFRESH);
        refresh.setText(Messages.browser_refresh);
        refresh.addListener(SWT.Selection, e -> loadRoot());
        account.addListener(SWT.Selection, e -> loadServices());
        service.addListener(SWT.DefaultSelection, e -> loadRoot());
        service.addListener(SWT.Selection, e -> loadRoot());

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        tree = WidgetIds.name(new Tree(sash, SWT.BORDER | SWT.SINGLE), WidgetIds.BROWSER_TREE);
        tree.addListener(SWT.Selection, e -> selected().ifPresent(this::loadNode));
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        header = new Label(right, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        header.setText(Messages.browser_chooseNode);
        metadata = WidgetIds.name(new Table(right, SWT.BORDER | SWT.FULL_SELECTION), WidgetIds.BROWSER_METADATA);
        metadata.setHeaderVisible(true);
        column(metadata, Messages.column_field, 200);
        column(metadata, Messages.column_value, 340);
        GridData metaData = new GridData(SWT.FILL, SWT.FILL, true, false);
        metaData.heightHint = 120;
        metadata.setLayoutData(metaData);
        items = new ItemsTable(right, false, false, Optional.empty());
        WidgetIds.name(items.table(), WidgetIds.BROWSER_ITEMS);
        items.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pager = new ItemPager(right, ui, items, this::status);
        new NodeActions(right, ui, this).create();
        sash.setWeights(30, 70);
        status = WidgetIds.name(new Label(parent, SWT.WRAP), WidgetIds.BROWSER_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        loadAccounts();
    }

    private static void column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    /**
     * Lists the connected accounts again (also each time the browser is shown: accounts
     * connect after it opened), keeping the chosen one; otherwise loads the first one's services.
     */
    public void loadAccounts() {
        List<Accounts.Choice> now = ui.accounts().connected();
        if (!now.isEmpty() && now.equals(choices)) {
            return;
        }
        Optional<String> chosen = accountId();
        choices = now;
        account.removeAll();
        choices.forEach(c -> account.add(c.jid()));
        if (choices.isEmpty()) {
            status(Messages.error_noAccount);
            return;
        }
        int keep = chosen.map(id -> choices.stream().map(Accounts.Choice::accountId).toList().indexOf(id)).orElse(-1);
        account.select(Math.max(keep, 0));
        if (keep < 0) {
            loadServices();
        }
    }

    /** @return the chosen account's id */
    public Optional<String> accountId() {
        int i = account.getSelectionIndex();
        return i < 0 || i >= choices.size() ? Optional.empty() : Optional.of(choices.get(i).accountId());
    }

    /** @return the service typed or chosen */
    public Optional<String> serviceJid() {
        return Optional.of(service.getText().trim()).filter(s -> !s.isEmpty());
    }

    private void loadServices() {
        Optional<PubSubService> pubsub = ui.pubsub();
        Optional<String> id = accountId();
        if (pubsub.isEmpty() || id.isEmpty()) {
            return;
        }
        status(Messages.browser_loading);
        pubsub.get().services(id.get()).whenComplete((list, failure) -> ui.later(() -> {
            if (service.isDisposed() || !accountId().equals(id)) {
                return;
            }
            if (failure != null) {
                status(NLS.bind(Messages.browser_failed, Errors.describe(failure)));
                return;
            }
            service.setItems(list.toArray(String[]::new));
            if (!list.isEmpty()) {
                service.select(0);
                loadRoot();
            } else {
                status(Messages.browser_noService);
            }
        }));
    }

    /** Loads the service's root nodes into the tree. */
    public void loadRoot() {
        Optional<PubSubService> pubsub = ui.pubsub();
        Optional<String> id = accountId();
        Optional<String> jid = serviceJid();
        if (pubsub.isEmpty() || id.isEmpty() || jid.isEmpty()) {
            return;
        }
        tree.removeAll();
        clearNode();
        status(Messages.browser_loading);
        try {
            // An answer for an account or service no longer chosen is dropped.
            pubsub.get().nodes(id.get(), jid.get(), Optional.empty())
                    .whenComplete((list, failure) -> ui.later(() -> {
                        if (!account.isDisposed() && accountId().equals(id) && serviceJid().equals(jid)) {
                            fill(null, list, failure);
                        }
                    }));
        } catch (IllegalArgumentException e) {
            status(e.getMessage());
        }
    }

    private void fill(TreeItem parent, List<NodeEntry> list, Throwable failure) {
        if (tree.isDisposed() || parent != null && parent.isDisposed()) {
            return;
        }
        if (failure != null) {
            status(NLS.bind(Messages.browser_failed, Errors.describe(failure)));
            return;
        }
        if (parent != null) {
            for (TreeItem child : parent.getItems()) {
                child.dispose();
            }
        }
        for (NodeEntry entry : list) {
            TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
            String node = SafeText.oneLine(entry.id().node(), 120);
            item.setText(entry.name().map(n -> NLS.bind(Messages.browser_nodeNamed, node, SafeText.oneLine(n, 80)))
                    .orElse(node));
            item.setData(entry);
        }
        if (parent != null) {
            parent.setExpanded(true);
        }
        status(NLS.bind(Messages.browser_count, list.size()));
    }

    /** @return the node selected in the tree */
    public Optional<NodeId> selected() {
        TreeItem[] selection = tree.getSelection();
        return selection.length == 0 || !(selection[0].getData() instanceof NodeEntry entry) ? Optional.empty()
                : Optional.of(entry.id());
    }

    /** Shows the node's metadata and items; a collection's children go under it in the tree. */
    public void loadNode(NodeId node) {
        Optional<PubSubService> pubsub = ui.pubsub();
        if (pubsub.isEmpty()) {
            return;
        }
        header.setText(SafeText.oneLine(node.toString(), 200));
        TreeItem item = tree.getSelection().length > 0 ? tree.getSelection()[0] : null;
        pubsub.get().info(node).whenComplete((info, failure) -> ui.later(() -> {
            if (metadata.isDisposed() || !selected().equals(Optional.of(node))) {
                return;
            }
            if (failure != null) {
                status(NLS.bind(Messages.browser_failed, Errors.describe(failure)));
                return;
            }
            showInfo(info);
            if (info.kind() == NodeKind.COLLECTION && item != null) {
                pubsub.get().nodes(node.accountId(), node.service(), Optional.of(node.node()))
                        .whenComplete((list, f) -> ui.later(() -> fill(item, list, f)));
            } else {
                loadItems(node);
            }
        }));
    }

    private void showInfo(NodeInfo info) {
        metadata.removeAll();
        TableItem kind = new TableItem(metadata, SWT.NONE);
        kind.setText(new String[] {Messages.browser_kind,
            info.kind() == NodeKind.COLLECTION ? Messages.kind_collection : Messages.kind_leaf});
        for (FormField field : info.metadata().fields()) {
            if (field.var().filter("FORM_TYPE"::equals).isPresent() || field.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            TableItem row = new TableItem(metadata, SWT.NONE);
            String label = field.label().orElse(field.var().orElse(""));
            row.setText(new String[] {SafeText.oneLine(label, 100),
                SafeText.oneLine(String.join(", ", field.values()), 300)});
        }
    }

    /** Reloads the selected node's items: the first page ({@link ItemPager}). */
    public void loadItems(NodeId node) {
        pager.load(node);
    }

    private void clearNode() {
        header.setText(Messages.browser_chooseNode);
        metadata.removeAll();
        items.table().removeAll();
    }

    /** @return the items table */
    public ItemsTable items() {
        return items;
    }

    /** Shows a line in the status bar of the view. */
    public void status(String text) {
        if (!status.isDisposed()) {
            status.setText(SafeText.oneLine(text, 400));
            status.getParent().layout(new org.eclipse.swt.widgets.Control[] {status});
        }
    }
}
