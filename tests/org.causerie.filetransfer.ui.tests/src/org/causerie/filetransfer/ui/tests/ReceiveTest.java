package org.causerie.filetransfer.ui.tests;

import static org.causerie.filetransfer.ui.tests.TransfersUi.randomFile;
import static org.causerie.filetransfer.ui.tests.TransfersUi.service;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.causerie.core.XmppSession;
import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.FileTransferSettings;
import org.causerie.filetransfer.SendRequest;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferListener;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;
import org.causerie.filetransfer.ui.internal.DownloadFolder;
import org.causerie.filetransfer.ui.internal.Messages;
import org.causerie.filetransfer.ui.internal.TransferJob;
import org.causerie.filetransfer.ui.internal.WidgetIds;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receiving in the workbench: the prompt names sender, file and size; Accept
 * saves into the download folder while a job and the Transfers view show the
 * progress and the method; Decline tells the sender; an existing file is asked
 * about, never replaced.
 */
@ExtendWith(EjabberdExtension.class)
class ReceiveTest {

    private static WorkbenchRunner workbench;
    private static Ui ui;
    private static TransfersUi transfers;
    @TempDir
    Path dir;
    private Path downloads;
    private XmppSession alice;
    private XmppSession bob;
    private TestAccount aliceUser;

    @BeforeAll
    static void start() throws Exception {
        workbench = WorkbenchRunner.shared();
        ui = new Ui(workbench.display());
        transfers = new TransfersUi(workbench, ui);
    }

    @BeforeEach
    void connect(EjabberdServer server) throws IOException {
        downloads = Files.createDirectories(dir.resolve("downloads"));
        DownloadFolder.set(downloads);
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        aliceUser = users.get(0);
        alice = Sessions.connect(server, users.get(0));
        bob = Sessions.connect(server, users.get(1));
    }

    @AfterEach
    void disconnect() {
        ui.run(() -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.getParent() != null).forEach(Shell::close));
        Sessions.disconnect(alice, bob);
    }

    private static List<String> labels(Shell shell) {
        return ui.read(() -> Ui.all(shell, Label.class, l -> true).stream().map(Label::getText).toList());
    }

    @Test
    void acceptShowsProgressAndTheMethod() throws Exception {
        int size = 4 * 1024 * 1024;
        Path source = randomFile(dir, "slides.pdf", size);
        List<TransferInfo> seen = new CopyOnWriteArrayList<>();
        TransferListener progress = new TransferListener() {
            @Override
            public void changed(TransferInfo transfer) {
                if (transfer.direction() == Direction.INCOMING && transfer.accountId().equals(bob.account().id())) {
                    seen.add(transfer);
                }
            }
        };
        List<String> jobs = new CopyOnWriteArrayList<>();
        JobChangeAdapter jobWatcher = new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob().belongsTo(TransferJob.FAMILY)) {
                    jobs.add(event.getJob().getName());
                }
            }
        };
        service().addTransferListener(progress);
        Job.getJobManager().addJobChangeListener(jobWatcher);
        try {
            CompletableFuture<TransferInfo> sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(),
                    source).only(TransferMethod.IBB)).outcome();
            Shell prompt = transfers.offerDialog();
            List<String> texts = labels(prompt);
            assertTrue(texts.contains(alice.boundJid()), texts::toString);
            assertTrue(texts.contains("slides.pdf"), texts::toString);
            assertTrue(texts.contains(Messages.size(size)), texts::toString);
            assertTrue(texts.contains(downloads.toString()), texts::toString);
            assertTrue(texts.contains(bob.boundJid()), () -> "the receiving account: " + texts);
            ui.screenshot("filetransfer-offer");
            ui.click(ui.read(() -> Ui.button(prompt, Messages.offer_accept)));

            String id = ui.waitFor("the transfer moving", () -> seen.stream()
                    .filter(t -> t.state() == TransferState.TRANSFERRING && t.transferred() > 0
                            && t.transferred() < size).map(TransferInfo::id).findFirst());
            transfers.showView();
            ui.screenshot("filetransfer-progress");
            List<String> done = transfers.row(id, Messages.state_COMPLETED);
            assertEquals("slides.pdf", done.get(0));
            assertEquals(alice.boundJid(), done.get(1));
            assertEquals(Messages.direction_INCOMING, done.get(2));
            assertEquals(Messages.method_IBB, done.get(4));
            assertTrue(done.get(5).startsWith("100 %"), done.get(5));
            Waiting.await(sent);
            assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(downloads.resolve("slides.pdf")));
            Waiting.eventually("the receive job ended", () -> jobs.stream().anyMatch(n -> n.contains("slides.pdf")
                    && n.contains(alice.boundJid())));
            ui.screenshot("filetransfer-done");
        } finally {
            service().removeTransferListener(progress);
            Job.getJobManager().removeJobChangeListener(jobWatcher);
        }
    }

    @Test
    void declineTellsTheSender() throws Exception {
        CompletableFuture<TransferInfo> sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(),
                randomFile(dir, "unwanted.zip", 1000))).outcome();
        Shell prompt = transfers.offerDialog();
        ui.click(ui.read(() -> Ui.button(prompt, Messages.offer_decline)));
        try {
            sent.get(Waiting.TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            throw new AssertionError("the sender was not told");
        } catch (ExecutionException e) {
            assertEquals(TransferError.DECLINED, ((FileTransferException) e.getCause()).error());
        }
        assertEquals(List.of(), Files.list(downloads).toList());
    }

    @Test
    void anExistingFileIsAskedAboutAndKept() throws Exception {
        byte[] mine = "mine".getBytes();
        Files.write(downloads.resolve("notes.txt"), mine);
        Path source = Files.writeString(dir.resolve("notes.txt"), "theirs");
        CompletableFuture<TransferInfo> sent = service().send(SendRequest.of(alice.account().id(), bob.boundJid(),
                source)).outcome();
        Shell prompt = transfers.offerDialog();
        ui.click(ui.read(() -> Ui.button(prompt, Messages.offer_accept)));
        Shell question = ui.shell(Messages.exists_title);
        ui.screenshot("filetransfer-exists");
        ui.click(ui.read(() -> Ui.button(question, Messages.exists_keepBoth)));
        Waiting.await(sent);
        Waiting.eventually("saved beside", () -> Files.exists(downloads.resolve("notes (1).txt")));
        Waiting.eventually("complete", () -> {
            try {
                return Files.readString(downloads.resolve("notes (1).txt")).equals("theirs");
            } catch (IOException e) {
                return false;
            }
        });
        assertArrayEquals(mine, Files.readAllBytes(downloads.resolve("notes.txt")));
        assertEquals(aliceUser.jid(), alice.account().jid());
    }

    @Test
    void settingsAreCheckedThenApplied() {
        FileTransferSettings before = service().settings();
        try {
            transfers.showView();
            org.eclipse.swt.widgets.Composite view = transfers.view();
            ui.click(ui.read(() -> Ui.named(view, org.eclipse.swt.widgets.Button.class, WidgetIds.KEY,
                    WidgetIds.TRANSFERS_SETTINGS)));
            Shell dialog = ui.shell(Messages.settings_title);
            org.eclipse.swt.widgets.Text port = ui.read(() -> Ui.named(dialog, org.eclipse.swt.widgets.Text.class,
                    WidgetIds.KEY, WidgetIds.SETTINGS_PORT));
            org.eclipse.swt.widgets.Text limit = ui.read(() -> Ui.named(dialog, org.eclipse.swt.widgets.Text.class,
                    WidgetIds.KEY, WidgetIds.SETTINGS_LIMIT));
            assertEquals(Integer.toString(before.localPort()), ui.read(port::getText));
            ui.run(() -> port.setText("seventy"));
            ui.click(ui.read(() -> Ui.dialogButton(dialog, org.eclipse.jface.dialogs.IDialogConstants.OK_ID)));
            ui.waitFor("the problem said", () -> labels(dialog).contains(Messages.settings_invalid)
                    ? Optional.of(true) : Optional.empty());
            assertEquals(before, service().settings(), "nothing applied");
            ui.screenshot("filetransfer-settings");
            org.eclipse.swt.widgets.Button offerHash = ui.read(() -> Ui.named(dialog,
                    org.eclipse.swt.widgets.Button.class, WidgetIds.KEY, WidgetIds.SETTINGS_OFFER_HASH));
            assertEquals(before.offerHash(), ui.read(offerHash::getSelection));
            ui.run(() -> {
                port.setText("17778");
                limit.setText("5");
                offerHash.setSelection(!offerHash.getSelection());
            });
            ui.click(ui.read(() -> Ui.dialogButton(dialog, org.eclipse.jface.dialogs.IDialogConstants.OK_ID)));
            ui.waitClosed(dialog);
            assertEquals(17778, service().settings().localPort());
            assertEquals(5L * 1024 * 1024, service().settings().sizeLimit());
            assertEquals(!before.offerHash(), service().settings().offerHash(), "the box ticked or cleared");
        } finally {
            service().configure(before);
        }
    }
}
