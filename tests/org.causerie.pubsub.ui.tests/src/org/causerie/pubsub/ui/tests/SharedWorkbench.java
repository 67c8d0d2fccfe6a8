package org.causerie.pubsub.ui.tests;

import java.time.Duration;

import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One workbench for every UI test class of this bundle (one SWT display per
 * process): started before the first class, closed when the last one is done
 * (a resource in JUnit's root store, closed while the OSGi framework still runs).
 */
final class SharedWorkbench implements BeforeAllCallback {

    private static WorkbenchRunner workbench;
    private static Ui ui;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedWorkbench.class, key -> start(), Closer.class);
    }

    private static synchronized Closer start() {
        try {
            workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
        } catch (Exception e) {
            throw new IllegalStateException("the workbench did not start", e);
        }
        ui = new Ui(workbench.display());
        Shell window = ui.shell("Causerie");
        ui.run(() -> window.setBounds(0, 0, 1280, 880));
        return new Closer();
    }

    static synchronized WorkbenchRunner workbench() {
        return workbench;
    }

    static synchronized Ui ui() {
        return ui;
    }

    /** Closes the workbench at the end of the test run. */
    @SuppressWarnings("deprecation")
    static final class Closer implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            workbench.close();
        }
    }
}
