package org.causerie.pubsub.ui.internal.dialogs;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.form.DataForm;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.ui.forms.FormRenderer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** A node's configuration as owner (XEP-0060 §8.2), in the generic form renderer. */
public final class ConfigureNodeDialog extends RequestDialog {

    private final PubSubService pubsub;
    private final NodeId node;
    private FormArea form;

    public ConfigureNodeDialog(Shell parent, PubSubService pubsub, NodeId node) {
        super(parent, WidgetIds.CONFIGURE_DIALOG, NLS.bind(Messages.configure_title, node.node()));
        this.pubsub = pubsub;
        this.node = node;
    }

    @Override
    protected void fill(Composite grid) {
        setMessage(Messages.configure_message);
        form = new FormArea(grid, pubsub.configurationForm(node), () -> {
            form.problem().ifPresent(this::setErrorMessage);
            getShell().layout(true, true);
        });
    }

    /** @return the form's renderer, once shown (tests fill it) */
    public Optional<FormRenderer> renderer() {
        return form.renderer();
    }

    @Override
    protected CompletableFuture<?> request() {
        FormRenderer renderer = form.renderer().orElseThrow(() -> new IllegalArgumentException(Messages.form_loading));
        Optional<DataForm> answer = renderer.submit();
        if (answer.isEmpty()) {
            throw new IllegalArgumentException(Messages.form_problems);
        }
        return pubsub.configure(node, answer.get());
    }
}
