package org.causerie.roster.ui.internal.view;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.ui.ContactDecorationContribution;
import org.causerie.ui.ContactRef;
import org.causerie.ui.Contributions;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;

/**
 * The {@link ContactDecorationContribution}s of the roster: the words they add
 * after a contact's row, and a redraw of the tree (coalesced, on the display
 * thread) when one arrives, leaves or says its words changed.
 */
public final class ContactDecorations implements AutoCloseable {

    private final Display display;
    private final RosterTree tree;
    private final Contributions<ContactDecorationContribution> contributions;
    private final Runnable changed = this::changed;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private List<ContactDecorationContribution> listened = List.of();

    public ContactDecorations(BundleContext context, Display display, RosterTree tree) {
        this.display = display;
        this.tree = tree;
        tree.setDecoration(this::line);
        contributions = Contributions.track(context, ContactDecorationContribution.class, this::onDisplay, list -> {
            listened.forEach(c -> c.removeChangeListener(changed));
            listened = list;
            list.forEach(c -> c.addChangeListener(changed));
            tree.redecorate();
        });
    }

    private void onDisplay(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!tree.control().isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void changed() {
        if (scheduled.compareAndSet(false, true)) {
            onDisplay(() -> {
                scheduled.set(false);
                tree.redecorate();
            });
        }
    }

    private String line(ContactRow row) {
        ContactRef ref = new ContactRef(row.accountId(), row.contact().jid(), Optional.empty());
        StringBuilder text = new StringBuilder();
        for (ContactDecorationContribution c : listened) {
            c.line(ref).filter(s -> !s.isBlank()).ifPresent(s -> text.append("  \u00b7 ").append(s));
        }
        return text.toString();
    }

    @Override
    public void close() {
        listened.forEach(c -> c.removeChangeListener(changed));
        contributions.close();
    }
}
