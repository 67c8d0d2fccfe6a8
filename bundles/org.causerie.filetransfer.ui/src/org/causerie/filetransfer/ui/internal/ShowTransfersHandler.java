package org.causerie.filetransfer.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** File › Transfers: shows the Transfers view in front. */
public final class ShowTransfersHandler {

    @Execute
    void execute(MApplication application, EModelService models) {
        TransfersParts.show(application, models, true);
    }
}
