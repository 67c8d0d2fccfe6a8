package org.causerie.plugins.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.causerie.plugins.Plugin;
import org.causerie.plugins.PluginException;
import org.causerie.plugins.PluginListener;
import org.causerie.plugins.PluginService;
import org.causerie.plugins.PluginState;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Plugins view. Install, enable, disable and uninstall run on a thread of
 * the view (the service blocks while bundles start and stop); the outcome, or
 * why it failed, is shown under the table.
 */
public final class PluginsPart {

    private final PluginService plugins;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Causerie plugins view");
        thread.setDaemon(true);
        return thread;
    });
    private final PluginListener listener = this::refreshLater;
    private Display display;
    private Text source;
    private PluginTable table;
    private Label problem;
    private Label status;
    private Button enable;
    private Button disable;
    private Button uninstall;

    @Inject
    public PluginsPart(PluginService plugins) {
        this.plugins = plugins;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.view_intro);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        installRow(parent);
        table = new PluginTable(parent);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.control().addListener(SWT.Selection, e -> selectionChanged());
        problem = WidgetIds.name(new Label(parent, SWT.WRAP), WidgetIds.PROBLEM);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(3, true));
        enable = button(buttons, Messages.view_enable, WidgetIds.ENABLE, () -> act(plugins::enable, Messages.status_enabled));
        disable = button(buttons, Messages.view_disable, WidgetIds.DISABLE,
                () -> act(plugins::disable, Messages.status_disabled));
        uninstall = button(buttons, Messages.view_uninstall, WidgetIds.UNINSTALL, () -> act(id -> {
            plugins.uninstall(id);
            return null;
        }, Messages.status_uninstalled));
        status = WidgetIds.name(new Label(parent, SWT.WRAP), WidgetIds.STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        plugins.addListener(listener);
        refresh();
    }

    private void installRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(5, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(row, SWT.NONE).setText(Messages.view_installFrom);
        source = WidgetIds.name(new Text(row, SWT.BORDER | SWT.SINGLE), WidgetIds.SOURCE);
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(row, Messages.view_chooseFile, null, () -> SourceDialogs.file(source));
        button(row, Messages.view_chooseFolder, null, () -> SourceDialogs.folder(source));
        button(row, Messages.view_install, WidgetIds.INSTALL, this::install);
        source.addListener(SWT.DefaultSelection, e -> install());
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        if (id != null) {
            WidgetIds.name(button, id);
        }
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void install() {
        String path = source.getText().strip();
        if (path.isEmpty()) {
            status.setText(Messages.status_noSource);
            return;
        }
        status.setText(NLS.bind(Messages.status_working, path));
        worker.execute(() -> {
            String outcome;
            boolean done = false;
            try {
                outcome = describe(plugins.install(Path.of(path)));
                done = true;
            } catch (PluginException e) {
                // what was typed stays, so it can be corrected
                outcome = NLS.bind(Messages.status_failed, Messages.error(e));
            } catch (RuntimeException e) {
                outcome = NLS.bind(Messages.status_failed, String.valueOf(e.getMessage()));
            }
            String text = outcome;
            boolean clear = done;
            onDisplay(() -> {
                status.setText(text);
                if (clear) {
                    source.setText("");
                }
                refresh();
            });
        });
    }

    private static String describe(List<Plugin> installed) {
        Optional<Plugin> broken = installed.stream().filter(p -> p.state() == PluginState.FAILED).findFirst();
        if (broken.isPresent()) {
            return NLS.bind(Messages.status_notRunning, broken.get().name(), broken.get().problem().orElse(""));
        }
        return NLS.bind(Messages.status_installed,
                String.join(", ", installed.stream().map(p -> p.name() + " " + p.version()).toList()));
    }

    private interface Operation {
        Object apply(String id) throws PluginException;
    }

    private void act(Operation operation, String done) {
        Optional<Plugin> selected = table.selected();
        if (selected.isEmpty()) {
            return;
        }
        Plugin plugin = selected.get();
        status.setText(NLS.bind(Messages.status_working, plugin.name()));
        worker.execute(() -> {
            String outcome;
            try {
                operation.apply(plugin.id());
                outcome = NLS.bind(done, plugin.name());
            } catch (PluginException e) {
                outcome = NLS.bind(Messages.status_failed, Messages.error(e));
            } catch (RuntimeException e) {
                outcome = NLS.bind(Messages.status_failed, String.valueOf(e.getMessage()));
            }
            String text = outcome;
            onDisplay(() -> {
                status.setText(text);
                refresh();
            });
        });
    }

    private void refreshLater() {
        onDisplay(this::refresh);
    }

    private void refresh() {
        List<Plugin> list = plugins.plugins();
        table.show(list);
        if (list.isEmpty() && status.getText().isEmpty()) {
            status.setText(Messages.view_empty);
        }
        selectionChanged();
    }

    private void selectionChanged() {
        Optional<Plugin> selected = table.selected();
        problem.setText(selected.flatMap(p -> p.problem().map(text -> NLS.bind(Messages.problem_of, p.name(), text)))
                .orElse(""));
        enable.setEnabled(selected.filter(p -> p.state() != PluginState.ACTIVE).isPresent());
        disable.setEnabled(selected.filter(p -> p.state() != PluginState.DISABLED).isPresent());
        uninstall.setEnabled(selected.isPresent());
        problem.getParent().layout(true, true);
    }

    private void onDisplay(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!table.control().isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    @PreDestroy
    public void dispose() {
        plugins.removeListener(listener);
        worker.shutdown();
    }
}
