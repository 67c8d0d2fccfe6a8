package org.causerie.pubsub.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.pubsub.ItemPage;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubItem;
import org.causerie.pubsub.ui.internal.Errors;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.PubSubUi;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The browser's items a page at a time (XEP-0060 §6.5.4 with XEP-0059): the newest
 * page when a node is chosen, the older one under it with More Items.
 * Display thread only.
 */
final class ItemPager {

    static final int PAGE = 50;

    private final PubSubUi ui;
    private final ItemsTable table;
    private final Consumer<String> status;
    private final Button more;
    private final List<PubSubItem> shown = new ArrayList<>();
    private NodeId node;
    private Optional<String> before = Optional.empty();

    ItemPager(Composite parent, PubSubUi ui, ItemsTable table, Consumer<String> status) {
        this.ui = ui;
        this.table = table;
        this.status = status;
        more = WidgetIds.name(new Button(parent, SWT.PUSH), WidgetIds.ACTION + "more");
        more.setText(Messages.action_more);
        more.setEnabled(false);
        more.addListener(SWT.Selection, e -> fetch());
    }

    /** Shows the node's first page. */
    void load(NodeId chosen) {
        node = chosen;
        shown.clear();
        before = Optional.empty();
        fetch();
    }

    private void fetch() {
        NodeId asked = node;
        Optional<String> from = before;
        if (asked == null || ui.pubsub().isEmpty()) {
            return;
        }
        more.setEnabled(false);
        ui.pubsub().get().items(asked, PAGE, from).whenComplete((page, failure) -> ui.later(() -> {
            if (more.isDisposed() || !asked.equals(node) || !from.equals(before)) {
                return;
            }
            if (failure != null) {
                status.accept(NLS.bind(Messages.browser_failed, Errors.describe(failure)));
                return;
            }
            show(page);
        }));
    }

    private void show(ItemPage page) {
        // Oldest first: ItemsTable puts each row it is given on top, so the newest ends there.
        shown.addAll(0, page.items());
        table.setItems(shown);
        before = page.before();
        boolean older = page.before().isPresent() && page.items().size() == PAGE
                && page.count().map(c -> c > shown.size()).orElse(true);
        more.setEnabled(older);
        status.accept(page.count().filter(c -> c > shown.size())
                .map(c -> NLS.bind(Messages.browser_itemPage, shown.size(), c))
                .orElseGet(() -> NLS.bind(Messages.browser_itemCount, shown.size())));
    }
}
