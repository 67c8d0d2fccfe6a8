package org.causerie.app.internal.preferences;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** File &gt; Preferences...: opens the Preferences dialog, or brings the open one to the front. */
public final class PreferencesHandler {

    private PreferencesDialog open;

    @Execute
    public void execute(MWindow window) {
        if (open == null || open.shell().isDisposed()) {
            open = new PreferencesDialog((Shell) window.getWidget(),
                    FrameworkUtil.getBundle(PreferencesHandler.class).getBundleContext());
        }
        open.open();
    }
}
