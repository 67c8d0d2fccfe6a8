package org.causerie.filetransfer.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** The Transfers view in the application model: one part, made from the fragment's descriptor, in the main stack. */
public final class TransfersParts {

    /** The Transfers view's part descriptor (fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.causerie.filetransfer.ui.partdescriptor.transfers";
    /** The part stack it opens in (the workbench's Application.e4xmi). */
    public static final String STACK = "org.causerie.app.partstack.main";

    private TransfersParts() {
    }

    public static Optional<MPart> find(MApplication application, EModelService models) {
        List<MPart> parts = models.findElements(application, DESCRIPTOR, MPart.class);
        return parts.stream().findFirst();
    }

    /**
     * Shows the view, made if needed; brings it to front only when {@code activate} (a new tab
     * otherwise). Display thread.
     */
    public static MPart show(MApplication application, EModelService models, boolean activate) {
        EPartService parts = application.getSelectedElement() != null
                ? application.getSelectedElement().getContext().get(EPartService.class)
                : application.getContext().get(EPartService.class);
        MPart part = find(application, models).orElse(null);
        if (part == null) {
            part = parts.createPart(DESCRIPTOR);
            part.setElementId(DESCRIPTOR);
            MPartStack stack = (MPartStack) models.find(STACK, application);
            if (stack != null) {
                stack.getChildren().add(part);
            }
        }
        // CREATE adds the tab without taking the user's current tab away; ACTIVATE brings it to front
        parts.showPart(part, activate ? PartState.ACTIVATE : PartState.CREATE);
        return part;
    }
}
