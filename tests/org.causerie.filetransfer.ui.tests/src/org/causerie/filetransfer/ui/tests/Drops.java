package org.causerie.filetransfer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferListener;
import org.causerie.filetransfer.TransferState;
import org.causerie.filetransfer.ui.internal.Messages;
import org.causerie.filetransfer.ui.internal.SendFileDrop;
import org.causerie.filetransfer.ui.internal.WidgetIds;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.FileDropContribution;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * What the drop tests share: files to drop, the sender's outgoing transfers
 * watched, the receiver's prompt answered and what it saved compared with what
 * was dropped, and file transfer's drop contribution switched off for a while.
 */
final class Drops implements AutoCloseable {

    private final Ui ui;
    private final Display display;
    private final Path downloads;
    private final List<TransferListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param downloads the receiver's download folder
     */
    Drops(Ui ui, Display display, Path downloads) {
        this.ui = ui;
        this.display = display;
        this.downloads = downloads;
    }

    /** @return the account's outgoing transfers as they change, from now until {@link #close()} */
    List<TransferInfo> watchOutgoing(String account) {
        List<TransferInfo> seen = new CopyOnWriteArrayList<>();
        TransferListener listener = new TransferListener() {
            @Override
            public void changed(TransferInfo transfer) {
                if (transfer.direction() == Direction.OUTGOING && transfer.accountId().equals(account)) {
                    seen.add(transfer);
                }
            }
        };
        service().addTransferListener(listener);
        listeners.add(listener);
        return seen;
    }

    /**
     * The receiver accepts in the prompt for the file; the sender's transfer
     * completes; the saved file is the dropped one.
     *
     * @return the sender's completed transfer
     */
    TransferInfo acceptAndCompare(Path source, List<TransferInfo> outgoing) throws Exception {
        String name = source.getFileName().toString();
        Shell prompt = ui.waitFor("the prompt for " + name, () -> Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible()
                        && WidgetIds.OFFER_DIALOG.equals(s.getData(WidgetIds.KEY)))
                .filter(s -> Ui.all(s, Label.class, l -> l.getText().equals(name)).size() > 0).findFirst());
        ui.click(ui.read(() -> Ui.button(prompt, Messages.offer_accept)));
        TransferInfo done = ui.waitFor("the transfer of " + name + " completed", () -> outgoing.stream()
                .filter(t -> t.fileName().equals(name) && t.state() == TransferState.COMPLETED).findFirst());
        Path saved = downloads.resolve(name);
        Waiting.eventually("saved", () -> Files.isRegularFile(saved));
        assertArrayEquals(sha256(source), sha256(saved));
        return done;
    }

    /** Text dropped onto an editor's input is still inserted there (then the input is emptied again). */
    void textStillInserted(SyntheticDrop onInput, Text input) {
        ui.run(() -> onInput.dropText(null, new Point(10, 10), "dropped words"));
        assertEquals("dropped words", ui.read(input::getText), "text dropped onto the input is still inserted");
        ui.run(() -> input.setText(""));
    }

    /**
     * Drops a folder and a file at the point; the warning names the folder (shown in
     * the screenshot, when one is asked for) and is closed with OK.
     */
    void dropFolderAndFile(SyntheticDrop target, Point at, Path folder, Path file, Optional<String> screenshot) {
        ui.runAsync(() -> target.drop(null, at, folder.toString(), file.toString()));
        Shell warning = ui.shell(Messages.error_title);
        List<String> texts = ui.read(() -> Ui.all(warning, Label.class, l -> true).stream().map(Label::getText)
                .toList());
        assertTrue(texts.stream().anyMatch(t -> t.contains(folder.toString())), texts::toString);
        screenshot.ifPresent(ui::screenshot);
        ui.click(ui.read(() -> Ui.dialogButton(warning, IDialogConstants.OK_ID)));
        ui.waitClosed(warning);
    }

    @Override
    public void close() {
        listeners.forEach(service()::removeTransferListener);
    }

    /** Runs the check with file transfer's drop contribution disabled (SCR), then enables it again. */
    static void withoutTheContribution(Runnable check) throws Exception {
        ServiceComponentRuntime scr = Services.get(ServiceComponentRuntime.class);
        ComponentDescriptionDTO drop = scr.getComponentDescriptionDTO(FrameworkUtil.getBundle(SendFileDrop.class),
                SendFileDrop.class.getName());
        scr.disableComponent(drop).getValue();
        try {
            check.run();
        } finally {
            scr.enableComponent(drop).getValue();
        }
        Waiting.eventually("the drop contribution back", () -> Services.context()
                .getServiceReference(FileDropContribution.class) != null);
    }

    static Path randomFile(Path folder, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(folder.resolve(name), bytes);
    }

    private static byte[] sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    private static FileTransferService service() {
        return Services.get(FileTransferService.class);
    }
}
