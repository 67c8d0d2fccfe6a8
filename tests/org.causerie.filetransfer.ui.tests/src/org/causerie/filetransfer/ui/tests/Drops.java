package org.causerie.filetransfer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
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
