package org.causerie.plugins.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** File > Plugins...: shows the Plugins part, creating it in the main part stack when needed. */
public final class ShowPluginsHandler {

    /** The part descriptor (fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.causerie.plugins.ui.partdescriptor.plugins";
    private static final String STACK = "org.causerie.app.partstack.main";

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        MPart part = models.findElements(application, DESCRIPTOR, MPart.class).stream().findFirst()
                .orElseGet(() -> {
                    MPart created = parts.createPart(DESCRIPTOR);
                    if (models.find(STACK, application) instanceof MPartStack stack) {
                        stack.getChildren().add(created);
                    }
                    return created;
                });
        parts.showPart(part, PartState.ACTIVATE);
    }
}
