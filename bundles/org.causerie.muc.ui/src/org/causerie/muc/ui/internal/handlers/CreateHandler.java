package org.causerie.muc.ui.internal.handlers;

import java.util.Optional;

import org.causerie.muc.ui.internal.MucUi;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Rooms › Create a Room...: the create dialog (instant, or configured first). */
public final class CreateHandler {

    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional MucUi ui) {
        return ui != null;
    }

    @Execute
    public void execute(MucUi ui) {
        ui.create(Optional.empty());
    }
}
