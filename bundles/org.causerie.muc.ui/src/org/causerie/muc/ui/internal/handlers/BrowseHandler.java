package org.causerie.muc.ui.internal.handlers;

import java.util.Optional;

import org.causerie.muc.ui.internal.MucUi;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Rooms › Browse Rooms...: the rooms of a service. */
public final class BrowseHandler {

    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional MucUi ui) {
        return ui != null;
    }

    @Execute
    public void execute(MucUi ui) {
        ui.browse(Optional.empty(), Optional.empty());
    }
}
