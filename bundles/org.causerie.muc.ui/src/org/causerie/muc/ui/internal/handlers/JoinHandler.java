package org.causerie.muc.ui.internal.handlers;

import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.dialogs.JoinDialog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Rooms › Join a Room...: the join dialog. */
public final class JoinHandler {

    @CanExecute
    public boolean canExecute(@Optional MucUi ui) {
        return ui != null;
    }

    @Execute
    public void execute(MucUi ui) {
        ui.join(JoinDialog.Initial.empty());
    }
}
