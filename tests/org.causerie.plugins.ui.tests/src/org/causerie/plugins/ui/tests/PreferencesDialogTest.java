package org.causerie.plugins.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.causerie.app.internal.preferences.WidgetIds;
import org.causerie.plugins.PluginService;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.PreferencePageContribution;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;

/**
 * File &gt; Preferences...: the dialog lists the contributed pages, follows them
 * while it is open (a page registered or a plugin installed from the Plugins
 * view appears; unregistered or uninstalled, it goes), shows a page's
 * validation error and applies only valid values.
 */
class PreferencesDialogTest extends WorkbenchTest {

    /** The sample plugin's page label and setting (its Messages.properties and AttentionPage; English). */
    private static final String ATTENTION = "Attention";
    private static final String ROSTER_ONLY = "org.causerie.example.attention.preferences.rosterOnly";
    private static final String ATTENTION_NODE = "org.causerie.example.attention";


    @Test
    void aPageArrivingWhileTheDialogIsOpenIsValidatedAppliedAndGoesWithItsService() {
        Shell dialog = openDialog();
        AtomicReference<String> stored = new AtomicReference<>("");
        ServiceRegistration<PreferencePageContribution> registration = Services.context()
                .registerService(PreferencePageContribution.class, new NicknamePage(stored), null);
        try {
            ui.waitFor("the Nickname page listed", () -> pages(dialog).contains("Nickname")
                    ? Optional.of(true) : Optional.empty());
            assertEquals(0, pages(dialog).indexOf("Nickname"), "order -100 puts it first: " + pages(dialog));
            select(dialog, "Nickname");
            Text nickname = ui.waitFor("the page's field", () -> Ui.all(dialog, Text.class,
                    t -> "test.nickname".equals(t.getData("causerie.id"))).stream().findFirst());
            ui.run(() -> nickname.setText("   "));
            ui.click(button(dialog, WidgetIds.APPLY));
            ui.waitFor("the validation error", () -> Optional.of(message(dialog))
                    .filter("Nickname: A nickname cannot be blank."::equals));
            front(dialog);
            ui.screenshot("preferences-invalid");
            assertEquals("", stored.get(), "nothing applied while invalid");

            ui.run(() -> nickname.setText("Ada"));
            ui.click(button(dialog, WidgetIds.APPLY));
            ui.waitFor("applied", () -> Optional.of(message(dialog)).filter("Applied."::equals));
            assertEquals("Ada", stored.get());
        } finally {
            registration.unregister();
        }
        ui.waitFor("the Nickname page gone", () -> pages(dialog).contains("Nickname")
                ? Optional.empty() : Optional.of(true));
        assertTrue(ui.read(() -> pageContainers(dialog, NicknamePage.ID).isEmpty()), "its controls disposed");
        ui.click(button(dialog, WidgetIds.CANCEL));
        ui.waitClosed(dialog);
    }

    @Test
    void installingTheSamplePluginFromThePluginsViewAddsItsPageToTheOpenDialog(@TempDir Path folder)
            throws Exception {
        IEclipsePreferences attention = InstanceScope.INSTANCE.getNode(ATTENTION_NODE);
        PluginService plugins = Services.get(PluginService.class);
        try {
            Shell dialog = openDialog();
            assertFalse(pages(dialog).contains(ATTENTION), "no Attention page before the plugin");
            Path jars = Files.createDirectories(folder.resolve("attention"));
            copyExampleJar("org.causerie.example.attention", jars);
            copyExampleJar("org.causerie.example.attention.ui", jars);
            openPluginsView();
            ui.run(() -> Ui.named(window, Text.class, pluginsKey(), sourceId()).setText(jars.toString()));
            ui.click(ui.read(() -> Ui.named(window, Button.class, pluginsKey(), installId())));
            ui.waitFor("the Attention page in the open dialog", () -> pages(dialog).contains(ATTENTION)
                    ? Optional.of(true) : Optional.empty());
            assertTrue(pageServiceOf("org.causerie.example.attention.ui"), "the plugin's page service is registered");
            select(dialog, ATTENTION);
            Button rosterOnly = ui.waitFor("the page's check box", () -> Ui.all(dialog, Button.class,
                    b -> ROSTER_ONLY.equals(b.getData("causerie.id"))).stream().findFirst());
            assertFalse(ui.read(rosterOnly::getSelection), "off until set");
            ui.run(() -> rosterOnly.setSelection(true));
            front(dialog);
            ui.screenshot("preferences-attention");
            ui.click(button(dialog, WidgetIds.OK));
            ui.waitClosed(dialog);
            assertTrue(attention.getBoolean("rosterOnly", false), "OK stored the plugin's setting");

            Shell again = openDialog();
            select(again, ATTENTION);
            Button shown = ui.waitFor("the page's check box again", () -> Ui.all(again, Button.class,
                    b -> ROSTER_ONLY.equals(b.getData("causerie.id"))).stream().findFirst());
            assertTrue(ui.read(shown::getSelection), "the page shows the stored value");

            openPluginsView();
            for (String name : List.of("Attention (XEP-0224) UI", "Attention (XEP-0224)")) {
                TableItem row = ui.waitFor(name + " in the table", () -> item(name));
                ui.select(row);
                ui.click(ui.read(() -> Ui.named(window, Button.class, pluginsKey(), uninstallId())));
                ui.waitFor(name + " removed", () -> item(name).isEmpty() ? Optional.of(true) : Optional.empty());
            }
            ui.waitFor("the Attention page gone from the open dialog", () -> pages(again).contains(ATTENTION)
                    ? Optional.empty() : Optional.of(true));
            assertTrue(ui.read(() -> pageContainers(again, "org.causerie.example.attention.preferences").isEmpty()),
                    "its controls disposed");
            assertFalse(pageServiceOf("org.causerie.example.attention.ui"), "the page service went with the plugin");
            front(again);
            ui.screenshot("preferences-after-uninstall");
            ui.click(button(again, WidgetIds.CANCEL));
            ui.waitClosed(again);
        } finally {
            for (var plugin : plugins.plugins()) {
                plugins.uninstall(plugin.id());
            }
            attention.remove("rosterOnly");
            attention.flush();
        }
    }

    /** A page with one field that may not be blank, stored in memory. */
    private static final class NicknamePage implements PreferencePageContribution {

        static final String ID = "test.preferences.nickname";
        private final AtomicReference<String> stored;

        NicknamePage(AtomicReference<String> stored) {
            this.stored = stored;
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "Nickname";
        }

        @Override
        public int order() {
            return -100;
        }

        @Override
        public Page create(Composite parent) {
            parent.setLayout(new GridLayout(2, false));
            new Label(parent, SWT.NONE).setText("Nickname:");
            Text text = new Text(parent, SWT.BORDER);
            text.setData("causerie.id", "test.nickname");
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.setText(stored.get());
            return new Page() {
                @Override
                public Optional<String> validate() {
                    return text.getText().isBlank() ? Optional.of("A nickname cannot be blank.") : Optional.empty();
                }

                @Override
                public void apply() {
                    stored.set(text.getText());
                }
            };
        }
    }

    /** @return whether a PreferencePageContribution service of that bundle is registered now */
    private static boolean pageServiceOf(String bundle) throws InvalidSyntaxException {
        return Services.context().getServiceReferences(PreferencePageContribution.class, null).stream()
                .anyMatch(r -> r.getBundle() != null && bundle.equals(r.getBundle().getSymbolicName()));
    }

    /** Raises the dialog for a screenshot (without a window manager, opening a view puts the window on top). */
    private static void front(Shell dialog) {
        ui.run(() -> {
            dialog.moveAbove(null);
            dialog.forceActive();
        });
    }

    private static Shell openDialog() {
        MenuBar.choose(ui, window, "Preferences");
        return ui.shell("Preferences");
    }

    private static void openPluginsView() {
        MenuBar.choose(ui, window, "Plugins");
        ui.waitFor("the Plugins view", () -> Ui.all(window, Table.class,
                t -> tableId().equals(t.getData(pluginsKey()))).stream().findFirst());
    }

    /** @return the labels in the dialog's page list, in order */
    private static List<String> pages(Shell dialog) {
        return ui.read(() -> dialog.isDisposed() ? List.<String>of() : Arrays.asList(
                named(dialog, org.eclipse.swt.widgets.List.class, WidgetIds.PAGES).getItems()));
    }

    private static void select(Shell dialog, String label) {
        ui.run(() -> {
            org.eclipse.swt.widgets.List list = named(dialog, org.eclipse.swt.widgets.List.class, WidgetIds.PAGES);
            list.setSelection(Arrays.asList(list.getItems()).indexOf(label));
            list.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static Button button(Shell dialog, String id) {
        return ui.read(() -> named(dialog, Button.class, id));
    }

    private static String message(Shell dialog) {
        return ui.read(() -> named(dialog, CLabel.class, WidgetIds.MESSAGE).getText());
    }

    /** Display thread. */
    private static List<Composite> pageContainers(Shell dialog, String pageId) {
        return Ui.all(dialog, Composite.class, c -> pageId.equals(c.getData(WidgetIds.PAGE_ID)));
    }

    /** Display thread when called from ui.read/run; these widgets are only touched there. */
    private static <T extends org.eclipse.swt.widgets.Widget> T named(Shell dialog, Class<T> type, String id) {
        return Ui.named(dialog, type, WidgetIds.KEY, id);
    }

    /** Display thread. */
    private static Optional<TableItem> item(String name) {
        Table table = Ui.named(window, Table.class, pluginsKey(), tableId());
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(name)).findFirst();
    }

    private static String pluginsKey() {
        return org.causerie.plugins.ui.internal.WidgetIds.KEY;
    }

    private static String tableId() {
        return org.causerie.plugins.ui.internal.WidgetIds.TABLE;
    }

    private static String sourceId() {
        return org.causerie.plugins.ui.internal.WidgetIds.SOURCE;
    }

    private static String installId() {
        return org.causerie.plugins.ui.internal.WidgetIds.INSTALL;
    }

    private static String uninstallId() {
        return org.causerie.plugins.ui.internal.WidgetIds.UNINSTALL;
    }

    private static void copyExampleJar(String module, Path folder) throws IOException {
        Path target = Path.of(System.getProperty("causerie.examples.dir"), module, "target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches(
                    java.util.regex.Pattern.quote(module) + "-[0-9][^/]*(?<!-sources)\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar of " + module + " in " + target));
            Files.copy(jar, folder.resolve(jar.getFileName()));
        }
    }
}
