package org.causerie.filetransfer.ui.tests;

import static org.causerie.filetransfer.ui.tests.TransfersUi.randomFile;
import static org.causerie.filetransfer.ui.tests.TransfersUi.service;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.causerie.core.XmppSession;
import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.FileTransferService.Transfer;
import org.causerie.filetransfer.SendRequest;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferListener;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;
import org.causerie.filetransfer.ui.internal.DownloadFolder;
import org.causerie.filetransfer.ui.internal.Messages;
import org.causerie.filetransfer.ui.internal.WidgetIds;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupt and resume (seed 004): a file sent by a stream is cancelled midway on
 * the sending side; the receiver keeps the bytes it has; Resume in the sender's
 * Transfers view offers it again and, once accepted, only the rest moves.
 */
@ExtendWith(EjabberdExtension.class)
class ResumeTest {

    private static final int SIZE = 8 * 1024 * 1024;

    @Test
    void resumeInTheTransfersViewSendsOnlyTheRest(EjabberdServer server, @TempDir Path dir) throws Exception {
        WorkbenchRunner workbench = WorkbenchRunner.shared();
        Ui ui = new Ui(workbench.display());
        TransfersUi transfers = new TransfersUi(workbench, ui);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        DownloadFolder.set(downloads);
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        XmppSession alice = Sessions.connect(server, users.get(0));
        XmppSession bob = Sessions.connect(server, users.get(1));
        List<TransferInfo> bobGets = new CopyOnWriteArrayList<>();
        TransferListener listener = new TransferListener() {
            @Override
            public void changed(TransferInfo transfer) {
                if (transfer.direction() == Direction.INCOMING && transfer.accountId().equals(bob.account().id())) {
                    bobGets.add(transfer);
                }
            }
        };
        service().addTransferListener(listener);
        try {
            Path source = randomFile(dir, "video.mkv", SIZE);
            Transfer first = service().send(SendRequest.of(alice.account().id(), bob.boundJid(), source)
                    .only(TransferMethod.IBB));
            Shell prompt = transfers.offerDialog();
            ui.click(ui.read(() -> Ui.button(prompt, Messages.offer_accept)));
            String cut = ui.waitFor("bytes arriving", () -> bobGets.stream()
                    .filter(t -> t.state() == TransferState.TRANSFERRING && t.transferred() > 0)
                    .map(TransferInfo::id).findFirst());
            service().cancel(first.id());
            Waiting.eventually("bob's transfer stopped short", () -> service().transfer(cut)
                    .filter(t -> t.error().filter(TransferError.SIZE_MISMATCH::equals).isPresent()).isPresent());

            transfers.showView();
            org.eclipse.swt.widgets.Composite view = transfers.view();
            Button resume = ui.read(() -> Ui.named(view, Button.class, WidgetIds.KEY, WidgetIds.TRANSFERS_RESUME));
            transfers.select(cut);
            assertFalse(ui.read(resume::isEnabled), "a receiver cannot resume: the sender offers");
            transfers.row(first.id(), Messages.state_CANCELLED);
            transfers.select(first.id());
            assertTrue(ui.read(resume::isEnabled), "the sender's cancelled stream can be resumed");
            ui.click(resume);

            Shell again = transfers.offerDialog();
            ui.screenshot("filetransfer-resume-offer");
            ui.click(ui.read(() -> Ui.button(again, Messages.offer_accept)));
            TransferInfo rest = ui.waitFor("the rest received", () -> bobGets.stream()
                    .filter(t -> !t.id().equals(cut) && t.state() == TransferState.COMPLETED).findFirst());
            assertTrue(rest.offset() > 0 && rest.offset() < SIZE, () -> "resumed at " + rest.offset());
            assertEquals(SIZE, rest.transferred());
            assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(downloads.resolve("video.mkv")));
            assertEquals(List.of(downloads.resolve("video.mkv")), Files.list(downloads).toList(), "no partial left");
            transfers.row(rest.id(), Messages.state_COMPLETED);
            ui.screenshot("filetransfer-resumed");
        } finally {
            service().removeTransferListener(listener);
            ui.run(() -> Arrays.stream(workbench.display().getShells())
                    .filter(s -> !s.isDisposed() && s.getParent() != null).forEach(Shell::close));
            Sessions.disconnect(alice, bob);
        }
    }
}
