package org.causerie.pubsub.ui.internal.dialogs;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.pubsub.AtomEntry;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Publishes an Atom entry (title, text, link) to a node (XEP-0060 §7.1). */
public final class AtomDialog extends RequestDialog {

    private final PubSubService pubsub;
    private final NodeId node;
    private Text title;
    private Text body;
    private Text link;

    public AtomDialog(Shell parent, PubSubService pubsub, NodeId node) {
        super(parent, WidgetIds.ATOM_DIALOG, NLS.bind(Messages.atom_title, node.node()));
        this.pubsub = pubsub;
        this.node = node;
    }

    @Override
    protected void fill(Composite grid) {
        setMessage(Messages.atom_message);
        title = text(grid, Messages.atom_entryTitle, WidgetIds.ATOM_TITLE, SWT.SINGLE);
        body = text(grid, Messages.atom_body, WidgetIds.ATOM_BODY, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        link = text(grid, Messages.atom_link, WidgetIds.ATOM_LINK, SWT.SINGLE);
    }

    @Override
    protected CompletableFuture<?> request() {
        if (title.getText().isBlank()) {
            throw new IllegalArgumentException(Messages.atom_needTitle);
        }
        return pubsub.publish(node, Optional.empty(), new AtomEntry(title.getText().trim(), body.getText(),
                optional(link)));
    }
}
