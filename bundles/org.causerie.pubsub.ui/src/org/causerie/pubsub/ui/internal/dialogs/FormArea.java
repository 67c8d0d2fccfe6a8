package org.causerie.pubsub.ui.internal.dialogs;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.form.DataForm;
import org.causerie.pubsub.ui.internal.Errors;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.ui.forms.FormRenderer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A data form loaded in the background and shown by the generic {@link FormRenderer} once it arrives. */
final class FormArea {

    private final Composite holder;
    private final Label loading;
    private FormRenderer renderer;
    private String problem;
    private Throwable failure;

    FormArea(Composite parent, CompletableFuture<DataForm> form, Runnable shown) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        holder.setLayout(new GridLayout(1, false));
        loading = new Label(holder, SWT.WRAP);
        loading.setText(Messages.form_loading);
        GridData words = new GridData(SWT.FILL, SWT.TOP, true, false);
        words.widthHint = 560;
        loading.setLayoutData(words);
        form.whenComplete((value, failure) -> holder.getDisplay().asyncExec(() -> {
            if (holder.isDisposed()) {
                return;
            }
            if (failure != null) {
                this.failure = failure;
                problem = NLS.bind(Messages.form_failed, Errors.describe(failure));
                loading.setText(problem);
            } else {
                loading.dispose();
                renderer = new FormRenderer(holder, value);
                GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
                data.widthHint = 560;
                data.heightHint = 380;
                renderer.control().setLayoutData(data);
                holder.getParent().layout(true, true);
            }
            shown.run();
        }));
    }

    /** @return the renderer, once the form is shown */
    Optional<FormRenderer> renderer() {
        return Optional.ofNullable(renderer);
    }

    /** @return what the service answered when the form could not be loaded */
    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return why the form could not be loaded */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
