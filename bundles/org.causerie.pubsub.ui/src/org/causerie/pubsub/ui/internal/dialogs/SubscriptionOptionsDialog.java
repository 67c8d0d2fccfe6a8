package org.causerie.pubsub.ui.internal.dialogs;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.form.DataForm;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubError;
import org.causerie.pubsub.PubSubException;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.ui.internal.Errors;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.ui.forms.FormRenderer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * The options of the account's subscription to a node (XEP-0060 §6.3), e.g.
 * {@code pubsub#deliver} to pause notifications, in the generic form renderer.
 * A service without subscription options is told in words, with its answer.
 */
public final class SubscriptionOptionsDialog extends RequestDialog {

    private final PubSubService pubsub;
    private final NodeId node;
    private final Optional<String> subId;
    private FormArea form;

    public SubscriptionOptionsDialog(Shell parent, PubSubService pubsub, NodeId node, Optional<String> subId) {
        super(parent, WidgetIds.OPTIONS_DIALOG, NLS.bind(Messages.options_title, node.node()));
        this.pubsub = pubsub;
        this.node = node;
        this.subId = subId;
    }

    @Override
    protected void fill(Composite grid) {
        setMessage(Messages.options_message);
        form = new FormArea(grid, pubsub.subscriptionOptions(node, subId), () -> {
            problem().ifPresent(problem -> {
                setErrorMessage(problem);
                // Nothing to submit: the answer stays in the dialog's body, Cancel closes it.
                Button ok = getButton(IDialogConstants.OK_ID);
                if (ok != null) {
                    ok.setEnabled(false);
                }
            });
            getShell().layout(true, true);
        });
    }

    /**
     * @return why there is no form to fill, in words (the body of the dialog shows the
     *         service's answer)
     */
    public Optional<String> problem() {
        Optional<Throwable> failure = form.failure();
        if (failure.isPresent() && Errors.cause(failure.get()) instanceof PubSubException e
                && e.error() == PubSubError.NOT_SUPPORTED) {
            return Optional.of(NLS.bind(Messages.options_unsupported, node.service()));
        }
        return form.problem();
    }

    /** @return the form's renderer, once shown (tests fill it) */
    public Optional<FormRenderer> renderer() {
        return form.renderer();
    }

    @Override
    protected CompletableFuture<?> request() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        FormRenderer renderer = form.renderer().orElseThrow(() -> new IllegalArgumentException(Messages.form_loading));
        Optional<DataForm> answer = renderer.submit();
        if (answer.isEmpty()) {
            throw new IllegalArgumentException(Messages.form_problems);
        }
        return pubsub.configureSubscription(node, subId, answer.get());
    }
}
