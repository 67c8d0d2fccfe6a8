package org.causerie.filetransfer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.ui.internal.DownloadFolder;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.causerie.ui.RoomOpener;
import org.causerie.ui.RoomRef;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files dropped from the desktop onto alice's room editor: played into the
 * editor's real drop targets ({@link SyntheticDrop}), uploaded through the
 * harness's ejabberd (HTTP upload, XEP-0363) with the link sent into the room
 * (XEP-0066); bob, another occupant, gets the link as an offer, accepts it in
 * his prompt, and what he saved is compared with what was dropped by SHA-256.
 * Once alice has left the room, her editor (still open) refuses files.
 */
@ExtendWith(EjabberdExtension.class)
class RoomDropTest {

    /** muc.ui's widget ids and its editor's persisted state (its internal package is for its own tests only). */
    private static final String MUC_KEY = "org.causerie.widget";
    private static final String PART_ACCOUNT = "org.causerie.muc.account";
    private static final String PART_ROOM = "org.causerie.muc.room";

    private static WorkbenchRunner workbench;
    private static Ui ui;
    @TempDir
    Path dir;
    private XmppSession alice;
    private XmppSession bob;
    private Drops drops;
    private String room;

    @BeforeAll
    static void start() throws Exception {
        workbench = WorkbenchRunner.shared();
        ui = new Ui(workbench.display());
    }

    @BeforeEach
    void join(EjabberdServer server) throws IOException {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        DownloadFolder.set(downloads);
        drops = new Drops(ui, workbench.display(), downloads);
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        alice = Sessions.connect(server, users.get(0));
        bob = Sessions.connect(server, users.get(1));
        room = ("drops-" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT) + "@" + server.mucDomain();
        MucService muc = Services.get(MucService.class);
        Waiting.await(muc.create(JoinRequest.of(new RoomId(alice.account().id(), room), "alice"), true));
        Waiting.await(muc.join(JoinRequest.of(new RoomId(bob.account().id(), room), "bob")));
    }

    @AfterEach
    void leave() {
        ui.run(() -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.getParent() != null).forEach(Shell::close));
        ui.run(() -> List.of(alice, bob).forEach(s -> editorPart(s).ifPresent(p -> partService().hidePart(p, true))));
        drops.close();
        Sessions.disconnect(alice, bob);
    }

    @Test
    void filesDroppedOnARoomAreUploadedAndTheLinkReachesTheOccupants() throws Exception {
        Path source = Drops.randomFile(dir, "dropped-on-room.bin", 250_000);
        Path folder = Files.createDirectory(dir.resolve("minutes folder"));
        RoomRef ref = new RoomRef(alice.account().id(), room);
        ui.run(() -> Services.get(RoomOpener.class).open(ref, Optional.empty()));
        Composite editor = ui.waitFor("alice's editor of the room", () -> editorPart(alice)
                .filter(p -> p.getObject() != null && p.getWidget() instanceof Composite c && !c.isDisposed()
                        && c.isVisible())
                .map(p -> (Composite) p.getWidget()));
        StyledText transcript = ui.read(() -> Ui.named(editor, StyledText.class, MUC_KEY, "muc.transcript"));
        Text input = ui.read(() -> Ui.named(editor, Text.class, MUC_KEY, "muc.input"));
        SyntheticDrop onTranscript = ui.read(() -> new SyntheticDrop(transcript));
        SyntheticDrop onInput = ui.read(() -> new SyntheticDrop(input));
        assertEquals(DND.DROP_COPY, (int) ui.read(() -> onTranscript.over(null, new Point(20, 20))));
        assertTrue(ui.read(onTranscript::choseFiles), "the files are the data taken, not their text");
        assertEquals(DND.DROP_COPY, (int) ui.read(() -> onInput.over(null, new Point(10, 10))));
        Drops.withoutTheContribution(() -> assertEquals(DND.DROP_NONE,
                (int) ui.read(() -> onTranscript.over(null, new Point(20, 20))), "nobody takes files"));
        drops.textStillInserted(onInput, input);

        List<TransferInfo> outgoing = drops.watchOutgoing(alice.account().id());
        drops.dropFolderAndFile(onTranscript, new Point(20, 20), folder, source, Optional.empty());

        TransferInfo sent = drops.acceptAndCompare(source, outgoing);
        assertEquals(TransferMethod.HTTP_UPLOAD, sent.method().orElseThrow(), "uploaded, not streamed");
        assertEquals(room, sent.peer(), "into the room");
        assertEquals(1, outgoing.stream().map(TransferInfo::id).distinct().count(), "the folder was not sent");
        String name = source.getFileName().toString();
        ui.waitFor("the link in alice's room transcript", () -> Optional.of(transcript)
                .filter(t -> !t.isDisposed() && t.getText().contains(name)));
        ui.screenshot("drop-onto-room");

        Waiting.await(Services.get(MucService.class).leave(new RoomId(alice.account().id(), room)));
        ui.waitFor("alice's editor refusing files once she left the room", () -> Optional.of(transcript)
                .filter(t -> onTranscript.over(null, new Point(20, 20)) == DND.DROP_NONE));
    }

    /** @return the session's editor of the room, if open; display thread */
    private Optional<MPart> editorPart(XmppSession session) {
        String account = session.account().id();
        EModelService models = workbench.application().getContext().get(EModelService.class);
        return models.findElements(workbench.application(), null, MPart.class).stream()
                .filter(p -> account.equals(p.getPersistedState().get(PART_ACCOUNT))
                        && room.equalsIgnoreCase(p.getPersistedState().get(PART_ROOM)))
                .findFirst();
    }

    private static EPartService partService() {
        return workbench.application().getSelectedElement().getContext().get(EPartService.class);
    }
}
