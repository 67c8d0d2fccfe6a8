package org.causerie.app.internal.preferences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.causerie.app.internal.preferences.PageStack.OpenPage;
import org.causerie.ui.Contributions;
import org.causerie.ui.PreferencePageContribution;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;

/**
 * The Preferences dialog (modeless, one at a time): the contributed pages by
 * order then label on the left, the selected one on the right, a message line,
 * OK, Apply and Cancel. Apply validates every page shown so far and applies
 * them only if none objects; the first objection is shown and its page selected.
 */
public final class PreferencesDialog {

    private static final Comparator<PreferencePageContribution> ORDER = Comparator
            .comparingInt(PreferencePageContribution::order)
            .thenComparing(PreferencePageContribution::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PreferencePageContribution::id);

    private final Shell shell;
    private final org.eclipse.swt.widgets.List list;
    private final PageStack pages;
    private final CLabel message;
    private final Contributions<PreferencePageContribution> contributions;
    private List<PreferencePageContribution> shown = List.of();

    /**
     * Creates the dialog's shell (not yet open) and starts following the contributions.
     *
     * @param parent the workbench window
     * @param context where the contributions are tracked
     */
    public PreferencesDialog(Shell parent, BundleContext context) {
        shell = WidgetIds.name(new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS), WidgetIds.SHELL);
        shell.setText(Messages.prefs_title);
        shell.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        list = WidgetIds.name(new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                WidgetIds.PAGES);
        pages = new PageStack(sash);
        sash.setWeights(25, 75);
        message = WidgetIds.name(new CLabel(shell, SWT.NONE), WidgetIds.MESSAGE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        buttons();
        list.addListener(SWT.Selection, e -> showSelected());
        shell.addListener(SWT.Dispose, e -> closed());
        shell.setSize(720, 480);
        Executor display = runnable -> {
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        runnable.run();
                    }
                });
            }
        };
        contributions = Contributions.track(context, PreferencePageContribution.class, display, this::update);
        update(contributions.current());
    }

    /** @return the dialog's shell */
    public Shell shell() {
        return shell;
    }

    /** Opens the dialog, or brings it to the front. */
    public void open() {
        shell.open();
        shell.forceActive();
    }

    private void buttons() {
        Composite row = new Composite(shell, SWT.NONE);
        row.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        row.setLayout(new GridLayout(3, true));
        Button ok = button(row, Messages.prefs_ok, WidgetIds.OK);
        button(row, Messages.prefs_apply, WidgetIds.APPLY).addListener(SWT.Selection, e -> {
            if (apply()) {
                say(Messages.prefs_applied, false);
            }
        });
        button(row, Messages.prefs_cancel, WidgetIds.CANCEL).addListener(SWT.Selection, e -> shell.close());
        ok.addListener(SWT.Selection, e -> {
            if (apply()) {
                shell.close();
            }
        });
        shell.setDefaultButton(ok);
    }

    private static Button button(Composite row, String text, String id) {
        Button button = WidgetIds.name(new Button(row, SWT.PUSH), id);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }

    /** Display thread: the contributions changed (or the dialog starts). */
    private void update(List<PreferencePageContribution> current) {
        Optional<String> selected = selected().map(PreferencePageContribution::id);
        List<PreferencePageContribution> sorted = new ArrayList<>(current);
        sorted.sort(ORDER);
        shown = List.copyOf(sorted);
        Set<String> ids = shown.stream().map(PreferencePageContribution::id).collect(Collectors.toSet());
        pages.retain(ids);
        list.setItems(shown.stream().map(PreferencePageContribution::label).toArray(String[]::new));
        int index = selected.map(id -> indexOf(id)).orElse(-1);
        list.setSelection(index >= 0 ? index : 0);
        showSelected();
    }

    private int indexOf(String id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<PreferencePageContribution> selected() {
        int index = list.getSelectionIndex();
        return index >= 0 && index < shown.size() ? Optional.of(shown.get(index)) : Optional.empty();
    }

    private void showSelected() {
        selected().ifPresentOrElse(pages::show, pages::showNone);
    }

    /** @return whether every page shown so far was valid and applied */
    private boolean apply() {
        List<OpenPage> open = pages.open();
        for (OpenPage page : open) {
            Optional<String> problem = page.page().flatMap(PreferencePageContribution.Page::validate);
            if (problem.isPresent()) {
                list.setSelection(indexOf(page.contribution().id()));
                showSelected();
                say(NLS.bind(Messages.prefs_invalid, page.contribution().label(), problem.get()), true);
                return false;
            }
        }
        for (OpenPage page : open) {
            try {
                page.page().ifPresent(PreferencePageContribution.Page::apply);
            } catch (RuntimeException e) {
                say(NLS.bind(Messages.prefs_applyFailed, page.contribution().label(), String.valueOf(e)), true);
                return false;
            }
        }
        say("", false);
        return true;
    }

    /** Shows a sentence under the pages, with the error icon when something was refused. */
    private void say(String text, boolean problem) {
        message.setImage(problem ? shell.getDisplay().getSystemImage(SWT.ICON_ERROR) : null);
        message.setText(text);
        shell.layout(true, true);
    }

    private void closed() {
        contributions.close();
        pages.disposeAll();
    }
}
