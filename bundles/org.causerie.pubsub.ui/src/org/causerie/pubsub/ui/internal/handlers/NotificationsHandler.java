package org.causerie.pubsub.ui.internal.handlers;

import org.causerie.pubsub.ui.internal.PubSubUi;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Publish-Subscribe › Notifications: the live notifications view. */
public final class NotificationsHandler {

    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional PubSubUi ui) {
        return ui != null;
    }

    @Execute
    public void execute(PubSubUi ui) {
        ui.showNotifications();
    }
}
