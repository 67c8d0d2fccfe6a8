package org.causerie.app.internal.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.causerie.ui.PreferencePageContribution;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The right side of the dialog: one container per page shown so far (pages are
 * created when first selected), stacked so that only the selected one shows.
 * Display thread only.
 */
final class PageStack {

    /** A page whose controls exist. */
    record OpenPage(PreferencePageContribution contribution, Composite container,
            Optional<PreferencePageContribution.Page> page) {
    }

    private final Composite stack;
    private final StackLayout layout = new StackLayout();
    private final Label empty;
    private final Map<String, OpenPage> open = new LinkedHashMap<>();

    PageStack(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(layout);
        empty = new Label(stack, SWT.WRAP);
        empty.setText(Messages.prefs_none);
        layout.topControl = empty;
    }

    Composite control() {
        return stack;
    }

    /** Shows the page, creating its controls the first time; a page that throws is told in its place. */
    void show(PreferencePageContribution contribution) {
        OpenPage page = open.computeIfAbsent(contribution.id(), id -> create(contribution));
        layout.topControl = page.container();
        stack.layout(true, true);
    }

    /** Shows nothing selected: the text saying there is no page (when the list is empty). */
    void showNone() {
        layout.topControl = empty;
        stack.layout(true, true);
    }

    /** @return the pages whose controls exist, in the order they were first shown */
    List<OpenPage> open() {
        return List.copyOf(open.values());
    }

    /** Disposes the pages whose contribution is no longer among these ids. */
    void retain(Set<String> ids) {
        for (String id : List.copyOf(open.keySet())) {
            if (!ids.contains(id)) {
                dispose(open.remove(id));
            }
        }
    }

    void disposeAll() {
        open.values().forEach(PageStack::dispose);
        open.clear();
    }

    private OpenPage create(PreferencePageContribution contribution) {
        Composite container = new Composite(stack, SWT.NONE);
        WidgetIds.name(container, WidgetIds.PAGE);
        container.setData(WidgetIds.PAGE_ID, contribution.id());
        try {
            return new OpenPage(contribution, container, Optional.of(contribution.create(container)));
        } catch (RuntimeException | LinkageError e) {
            // a broken plugin page must not take the dialog down: say why in its place
            for (var child : container.getChildren()) {
                child.dispose();
            }
            container.setLayout(new FillLayout());
            Label failed = new Label(container, SWT.WRAP);
            failed.setText(NLS.bind(Messages.prefs_createFailed, contribution.label(), String.valueOf(e)));
            return new OpenPage(contribution, container, Optional.empty());
        }
    }

    private static void dispose(OpenPage page) {
        try {
            page.page().ifPresent(PreferencePageContribution.Page::dispose);
        } finally {
            if (!page.container().isDisposed()) {
                page.container().dispose();
            }
        }
    }
}
