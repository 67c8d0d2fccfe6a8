package org.causerie.filetransfer.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.ui.internal.TransfersParts;
import org.causerie.filetransfer.ui.internal.WidgetIds;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** What the file-transfer UI tests share: the service, the offer prompt, the Transfers view's rows. */
final class TransfersUi {

    private final WorkbenchRunner workbench;
    private final Ui ui;

    TransfersUi(WorkbenchRunner workbench, Ui ui) {
        this.workbench = workbench;
        this.ui = ui;
    }

    static FileTransferService service() {
        return Services.get(FileTransferService.class);
    }

    static Path randomFile(Path folder, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(folder.resolve(name), bytes);
    }

    /** @return the offer prompt, once one is shown */
    Shell offerDialog() {
        return ui.waitFor("the offer prompt", () -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible()
                        && WidgetIds.OFFER_DIALOG.equals(s.getData(WidgetIds.KEY)))
                .findFirst());
    }

    /** Shows the Transfers view. */
    void showView() {
        ui.run(() -> TransfersParts.show(workbench.application(),
                workbench.application().getContext().get(EModelService.class), true));
    }

    /** @return the Transfers view's content, once shown */
    Composite view() {
        return ui.waitFor("the Transfers view", () -> TransfersParts
                .find(workbench.application(), workbench.application().getContext().get(EModelService.class))
                .filter(p -> p.getWidget() != null).map(p -> (Composite) p.getWidget()));
    }

    /** @return the Transfers view's row of that transfer, once its status cell reads {@code state} */
    List<String> row(String transferId, String state) {
        return ui.waitFor("a row of " + transferId + " reading " + state, () -> item(transferId)
                .map(TransfersUi::cells).filter(cells -> cells.get(3).equals(state)));
    }

    /** Selects the row of that transfer as a click would. */
    void select(String transferId) {
        TableItem item = ui.waitFor("the row of " + transferId, () -> item(transferId));
        ui.select(item);
    }

    /** Call on the display thread. */
    private Optional<TableItem> item(String transferId) {
        Optional<Table> table = TransfersParts.find(workbench.application(),
                workbench.application().getContext().get(EModelService.class))
                .filter(p -> p.getWidget() != null)
                .map(p -> Ui.named((Composite) p.getWidget(), Table.class, WidgetIds.KEY, WidgetIds.TRANSFERS_TABLE));
        return table.flatMap(t -> Arrays.stream(t.getItems()).filter(i -> transferId.equals(i.getData())).findFirst());
    }

    private static List<String> cells(TableItem item) {
        return IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText).toList();
    }
}
