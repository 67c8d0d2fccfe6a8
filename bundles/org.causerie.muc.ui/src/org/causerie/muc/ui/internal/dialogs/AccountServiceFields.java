package org.causerie.muc.ui.internal.dialogs;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.muc.MucService;
import org.causerie.muc.ui.internal.ConnectedAccounts;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The account and multi-user chat service rows the room dialogs share: the
 * connected accounts, and the services found through disco for the chosen one
 * (XEP-0045 §6.1), loaded in the background; the service stays editable, since a
 * room may live on another server. Display thread only.
 */
final class AccountServiceFields {

    private final MucUi ui;
    private final MucService muc;
    private final List<ConnectedAccounts.Choice> choices;
    private final Combo account;
    private final Combo service;
    private Consumer<String> accountChanged = id -> { };
    private Runnable serviceFound = () -> { };

    /** Adds the two rows to a two-column grid. */
    AccountServiceFields(Composite grid, MucUi ui, MucService muc, Optional<String> accountId,
            Optional<String> serviceName) {
        this.ui = ui;
        this.muc = muc;
        this.choices = ui.accounts().connected();
        new Label(grid, SWT.NONE).setText(Messages.field_account);
        account = WidgetIds.name(new Combo(grid, SWT.DROP_DOWN | SWT.READ_ONLY), WidgetIds.JOIN_ACCOUNT);
        account.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        choices.forEach(c -> account.add(c.jid()));
        int index = accountId.map(id -> choices.stream().map(ConnectedAccounts.Choice::accountId).toList().indexOf(id))
                .orElse(0);
        if (!choices.isEmpty()) {
            account.select(Math.max(0, index));
        }
        new Label(grid, SWT.NONE).setText(Messages.field_service);
        service = WidgetIds.name(new Combo(grid, SWT.DROP_DOWN), WidgetIds.JOIN_SERVICE);
        service.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        serviceName.ifPresent(service::setText);
        account.addListener(SWT.Selection, e -> {
            loadServices(true);
            selected().ifPresent(c -> accountChanged.accept(c.accountId()));
        });
        loadServices(serviceName.isEmpty());
    }

    /** @param listener told the new account's id when the user picks another */
    void onAccountChanged(Consumer<String> listener) {
        accountChanged = listener;
    }

    /** @param listener told when a service found through disco became the field's text */
    void onServiceFound(Runnable listener) {
        serviceFound = listener;
    }

    /** @return the chosen account, if any is connected */
    Optional<ConnectedAccounts.Choice> selected() {
        int index = account.getSelectionIndex();
        return index < 0 || index >= choices.size() ? Optional.empty() : Optional.of(choices.get(index));
    }

    /** @return the service typed or chosen, trimmed */
    String service() {
        return service.getText().strip();
    }

    void setService(String name) {
        service.setText(name);
    }

    Combo serviceCombo() {
        return service;
    }

    /** Fills the service list from disco; the first one found becomes the text when {@code fill}. */
    private void loadServices(boolean fill) {
        Optional<ConnectedAccounts.Choice> chosen = selected();
        if (chosen.isEmpty()) {
            return;
        }
        String accountId = chosen.get().accountId();
        muc.services(accountId).whenComplete((found, failure) -> ui.later(() -> {
            if (service.isDisposed() || selected().filter(c -> c.accountId().equals(accountId)).isEmpty()) {
                return;
            }
            String typed = service.getText();
            service.removeAll(); // on GTK this empties the text too: what was there is put back
            service.setText(typed);
            if (found != null) {
                found.forEach(service::add);
                service.setText(typed);
                if (fill && !found.isEmpty() && (typed.isBlank() || !found.contains(typed.strip()))) {
                    service.setText(found.get(0));
                    serviceFound.run();
                }
            }
        }));
    }
}
