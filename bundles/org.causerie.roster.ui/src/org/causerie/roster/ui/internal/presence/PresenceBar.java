package org.causerie.roster.ui.internal.presence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.causerie.core.OwnPresence;
import org.causerie.core.PresenceMode;
import org.causerie.roster.ui.internal.Errors;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.model.RowTexts;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * The presence selector at the bottom of the roster view: for one account or
 * all, a presence (online, free for chat, away, xa, dnd, invisible, offline), a
 * status text and a priority (-128..127), set with one button; "Auto-away..."
 * opens its settings. Errors are told on the line below.
 */
public final class PresenceBar {

    /**
     * An account offered in the selector.
     *
     * @param id the account id
     * @param jid what is shown
     */
    public record Choice(String id, String jid) {
    }

    /** The selector's presences in order; the last (empty) is offline. */
    static final List<Optional<PresenceMode>> MODES = List.of(Optional.of(PresenceMode.AVAILABLE),
            Optional.of(PresenceMode.CHAT), Optional.of(PresenceMode.AWAY), Optional.of(PresenceMode.XA),
            Optional.of(PresenceMode.DND), Optional.of(PresenceMode.INVISIBLE), Optional.empty());

    private final PresenceChanger changer;
    private final Supplier<List<Choice>> choices;
    private final Runnable changed;
    private final Combo account;
    private final Combo mode;
    private final Text status;
    private final Spinner priority;
    private final Label line;
    private List<Choice> shown = List.of();
    /** The user changed the presence fields since they were last filled: refreshes leave them. */
    private boolean edited;
    private boolean filling;

    /**
     * @param choices the accounts to offer: configured and connected ones
     * @param changed told after a presence was set, to refresh the view
     * @param autoAway opens the auto-away settings
     */
    public PresenceBar(Composite parent, PresenceChanger changer, Supplier<List<Choice>> choices, Runnable changed,
            Runnable autoAway) {
        this.changer = changer;
        this.choices = choices;
        this.changed = changed;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        bar.setLayout(layout);
        account = WidgetIds.name(new Combo(bar, SWT.READ_ONLY), WidgetIds.PRESENCE_ACCOUNT);
        account.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        mode = WidgetIds.name(new Combo(bar, SWT.READ_ONLY), WidgetIds.PRESENCE_MODE);
        mode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
        MODES.forEach(m -> mode.add(RowTexts.mode(m)));
        status = WidgetIds.name(new Text(bar, SWT.BORDER | SWT.SINGLE), WidgetIds.PRESENCE_STATUS);
        status.setMessage(Messages.presence_status);
        status.setToolTipText(Messages.presence_status);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        priority = WidgetIds.name(new Spinner(bar, SWT.BORDER), WidgetIds.PRESENCE_PRIORITY);
        priority.setValues(0, -128, 127, 0, 1, 10);
        priority.setToolTipText(Messages.presence_priority);
        Button apply = WidgetIds.name(new Button(bar, SWT.PUSH), WidgetIds.PRESENCE_APPLY);
        apply.setText(Messages.presence_apply);
        line = WidgetIds.name(new Label(bar, SWT.WRAP), WidgetIds.PRESENCE_LINE);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button auto = WidgetIds.name(new Button(bar, SWT.PUSH), WidgetIds.PRESENCE_AUTO_AWAY);
        auto.setText(Messages.presence_autoAway);
        auto.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        account.addListener(SWT.Selection, e -> showCurrent());
        mode.addListener(SWT.Selection, e -> edited |= !filling);
        status.addListener(SWT.Modify, e -> edited |= !filling);
        priority.addListener(SWT.Modify, e -> edited |= !filling);
        priority.addListener(SWT.Selection, e -> edited |= !filling);
        apply.addListener(SWT.Selection, e -> apply());
        status.addListener(SWT.DefaultSelection, e -> apply());
        auto.addListener(SWT.Selection, e -> autoAway.run());
        refresh();
    }

    /** Reads the accounts again, keeping the selection (display thread). */
    public void refresh() {
        if (account.isDisposed()) {
            return;
        }
        String selectedId = selectedId().orElse(null);
        boolean wasAll = account.getSelectionIndex() <= 0;
        shown = choices.get();
        List<String> items = new ArrayList<>();
        items.add(Messages.presence_allAccounts);
        shown.forEach(c -> items.add(c.jid()));
        if (!items.equals(List.of(account.getItems()))) {
            account.setItems(items.toArray(String[]::new));
            int index = wasAll ? 0 : 1 + indexOf(selectedId);
            account.select(Math.max(0, index));
            showCurrent();
        } else if (account.getSelectionIndex() < 0) {
            account.select(0);
            showCurrent();
        } else if (!edited) {
            showCurrent(); // a presence changed elsewhere (connect, auto-away), unless the user is editing
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<String> selectedId() {
        int index = account.getSelectionIndex();
        return index > 0 && index - 1 < shown.size() ? Optional.of(shown.get(index - 1).id()) : Optional.empty();
    }

    /** Shows the selected account's presence now (for all: the first connected account's). */
    private void showCurrent() {
        List<String> ids = selectedId().map(List::of).orElseGet(() -> shown.stream().map(Choice::id).toList());
        Optional<OwnPresence> now = ids.stream().map(changer::current).flatMap(Optional::stream).findFirst();
        filling = true;
        try {
            mode.select(MODES.indexOf(now.map(OwnPresence::mode)));
            status.setText(now.map(OwnPresence::status).orElse(""));
            priority.setSelection(now.map(OwnPresence::priority).orElse(0));
        } finally {
            filling = false;
        }
        edited = false;
    }

    private void apply() {
        Optional<PresenceMode> chosen = MODES.get(Math.max(0, mode.getSelectionIndex()));
        Optional<OwnPresence> presence = chosen.map(m -> new OwnPresence(m, status.getText().strip(),
                priority.getSelection()));
        List<Choice> targets = selectedId().map(id -> shown.stream().filter(c -> c.id().equals(id)).toList())
                .orElse(shown);
        line.setText("");
        edited = false;
        for (Choice target : targets) {
            CompletableFuture<Void> done = changer.apply(target.id(), presence);
            done.whenComplete((ok, failure) -> line.getDisplay().asyncExec(() -> {
                if (line.isDisposed()) {
                    return;
                }
                line.setText(failure == null ? NLS.bind(Messages.presence_set, target.jid(), RowTexts.mode(chosen))
                        : NLS.bind(Messages.presence_failed, target.jid(), Errors.describe(failure)));
                line.getParent().layout(true);
                changed.run();
            }));
        }
        changed.run();
    }
}
