package org.causerie.pubsub.ui.internal.dialogs;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.form.DataForm;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.NodeKind;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Creates a node (XEP-0060 §8.1): its name, leaf or collection, and the
 * service's default configuration (§8.3) to change, in the generic form renderer.
 */
public final class CreateNodeDialog extends RequestDialog {

    private final PubSubService pubsub;
    private final String accountId;
    private final String service;
    private Text name;
    private Combo kind;
    private FormArea form;

    public CreateNodeDialog(Shell parent, PubSubService pubsub, String accountId, String service) {
        super(parent, WidgetIds.CREATE_DIALOG, NLS.bind(Messages.create_title, service));
        this.pubsub = pubsub;
        this.accountId = accountId;
        this.service = service;
    }

    @Override
    protected void fill(Composite grid) {
        setMessage(Messages.create_message);
        name = text(grid, Messages.create_name, WidgetIds.CREATE_NAME, SWT.SINGLE);
        new Label(grid, SWT.NONE).setText(Messages.create_kind);
        kind = WidgetIds.name(new Combo(grid, SWT.READ_ONLY), WidgetIds.CREATE_KIND);
        kind.setItems(Messages.kind_leaf, Messages.kind_collection);
        kind.select(0);
        form = new FormArea(grid, pubsub.defaultConfiguration(accountId, service), () -> getShell().layout(true, true));
    }

    /** @return the configuration form's renderer, once shown (tests fill it) */
    public Optional<org.causerie.ui.forms.FormRenderer> renderer() {
        return form.renderer();
    }

    @Override
    protected CompletableFuture<?> request() {
        String node = name.getText().trim();
        if (node.isEmpty()) {
            throw new IllegalArgumentException(Messages.create_needName);
        }
        Optional<DataForm> configuration = Optional.empty();
        if (form.renderer().isPresent()) {
            configuration = form.renderer().get().submit();
            if (configuration.isEmpty()) {
                throw new IllegalArgumentException(Messages.form_problems);
            }
        }
        NodeKind chosen = kind.getSelectionIndex() == 1 ? NodeKind.COLLECTION : NodeKind.LEAF;
        return pubsub.create(new NodeId(accountId, service, node), chosen, configuration);
    }
}
