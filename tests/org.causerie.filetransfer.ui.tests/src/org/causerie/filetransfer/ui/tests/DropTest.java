package org.causerie.filetransfer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.causerie.core.XmppSession;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.ui.internal.DownloadFolder;
import org.causerie.roster.ui.internal.RosterPart;
import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.roster.ui.internal.view.RosterTree;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.RosterItem;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.ConversationRef;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files dropped from the desktop onto bob's row in alice's roster and onto
 * alice's chat editor with bob: the drop is played into the controls' real drop
 * targets ({@link SyntheticDrop}: no other X client can start a file drag under
 * Xvfb), the file really travels through the harness's ejabberd, bob accepts in
 * his prompt, and what arrives is compared with what was dropped by SHA-256.
 */
@ExtendWith(EjabberdExtension.class)
class DropTest {

    /** chat.ui's widget ids (its internal package is for its own tests only). */
    private static final String CHAT_KEY = "org.causerie.widget";

    private static WorkbenchRunner workbench;
    private static Ui ui;
    @TempDir
    Path dir;
    private Path downloads;
    private XmppSession alice;
    private XmppSession bob;
    private String bobJid;
    private Drops drops;

    @BeforeAll
    static void start() throws Exception {
        workbench = WorkbenchRunner.shared();
        ui = new Ui(workbench.display());
    }

    @BeforeEach
    void connect(EjabberdServer server) throws IOException {
        downloads = Files.createDirectories(dir.resolve("downloads"));
        DownloadFolder.set(downloads);
        drops = new Drops(ui, workbench.display(), downloads);
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        bobJid = users.get(1).jid();
        server.rosters().addItems(List.of(new RosterItem(users.get(0).jid(), bobJid, "Bob", "Friends", "both"),
                new RosterItem(bobJid, users.get(0).jid(), "Alice", "Friends", "both")));
        bob = Sessions.connect(server, users.get(1));
        alice = Sessions.connect(server, users.get(0));
    }

    @AfterEach
    void disconnect() {
        ui.run(() -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.getParent() != null).forEach(Shell::close));
        drops.close();
        Sessions.disconnect(alice, bob);
    }

    @Test
    void aFileDroppedOnAContactIsSentToItsResource() throws Exception {
        Path source = Drops.randomFile(dir, "dropped-on-roster.bin", 300_000);
        Tree tree = ui.waitFor("the roster tree", () -> Ui.all(window(), Tree.class,
                t -> t.getData(RosterPart.TREE_KEY) != null).stream().findFirst());
        RosterTree roster = ui.read(() -> (RosterTree) tree.getData(RosterPart.TREE_KEY));
        TreeItem bobRow = ui.waitFor("bob online in alice's roster", () -> item(roster,
                r -> r instanceof ContactRow c && c.contact().jid().equals(bobJid)
                        && !c.contact().resources().isEmpty()));
        TreeItem group = ui.waitFor("alice's Friends group", () -> item(roster,
                r -> r instanceof GroupRow g && g.name().equals("Friends")));
        SyntheticDrop drop = ui.read(() -> new SyntheticDrop(tree));

        assertEquals(DND.DROP_NONE, (int) ui.read(() -> drop.over(group, middle(group))), "not onto a group");
        assertEquals(DND.DROP_COPY, (int) ui.read(() -> drop.over(bobRow, middle(bobRow))));
        assertTrue(ui.read(drop::choseFiles), "the files are the data taken, not their text");
        ui.run(() -> tree.setSelection(bobRow));
        ui.screenshot("drop-onto-contact");
        Drops.withoutTheContribution(() -> assertEquals(DND.DROP_NONE,
                (int) ui.read(() -> drop.over(bobRow, middle(bobRow))), "nobody takes files"));

        List<TransferInfo> outgoing = drops.watchOutgoing(alice.account().id());
        ui.run(() -> drop.drop(bobRow, middle(bobRow), source.toString()));
        drops.acceptAndCompare(source, outgoing);
    }

    @Test
    void filesDroppedOnAChatEditorGoToThePeerFoldersAreNamed() throws Exception {
        Path source = Drops.randomFile(dir, "dropped-on-chat.bin", 200_000);
        Path folder = Files.createDirectory(dir.resolve("holiday photos"));
        String resource = bob.boundJid().substring(bob.boundJid().indexOf('/') + 1);
        ConversationOpener opener = Services.get(ConversationOpener.class);
        ui.run(() -> opener.open(new ConversationRef(alice.account().id(), bobJid), Optional.of(resource)));
        Composite editor = ui.waitFor("alice's editor with bob", () -> Ui.all(window(), Label.class,
                l -> "chat.title".equals(l.getData(CHAT_KEY)) && l.isVisible() && l.getText().contains(bobJid))
                .stream().findFirst().map(DropTest::editorOf));
        Control transcript = ui.read(() -> Ui.named(editor, Control.class, CHAT_KEY, "chat.transcript"));
        Text input = ui.read(() -> Ui.named(editor, Text.class, CHAT_KEY, "chat.input"));
        SyntheticDrop onTranscript = ui.read(() -> new SyntheticDrop(transcript));
        SyntheticDrop onInput = ui.read(() -> new SyntheticDrop(input));
        assertEquals(DND.DROP_COPY, (int) ui.read(() -> onTranscript.over(null, new Point(20, 20))));
        assertEquals(DND.DROP_COPY, (int) ui.read(() -> onInput.over(null, new Point(10, 10))));
        Drops.withoutTheContribution(() -> assertEquals(DND.DROP_NONE,
                (int) ui.read(() -> onInput.over(null, new Point(10, 10))), "nobody takes files"));
        drops.textStillInserted(onInput, input);

        List<TransferInfo> outgoing = drops.watchOutgoing(alice.account().id());
        drops.dropFolderAndFile(onInput, new Point(10, 10), folder, source, Optional.of("drop-folder-refused"));
        TransferInfo sent = drops.acceptAndCompare(source, outgoing);
        assertEquals(bob.boundJid(), sent.peer(), "to the resource the editor sends to");
        assertEquals(1, outgoing.stream().map(TransferInfo::id).distinct().count(), "the folder was not sent");
    }

    private static Shell window() {
        return ui.shell("Causerie");
    }

    /** @return the editor's composite: the nearest parent of the title that also holds the input */
    private static Composite editorOf(Label title) {
        Composite parent = title.getParent();
        while (parent != null && Ui.all(parent, Text.class, t -> "chat.input".equals(t.getData(CHAT_KEY))).isEmpty()) {
            parent = parent.getParent();
        }
        return parent;
    }

    /** Display thread. */
    private static Optional<TreeItem> item(RosterTree roster, Predicate<Row> match) {
        List<? extends Row> roots = roster.model().roots();
        for (int i = 0; i < roots.size(); i++) {
            Optional<List<Integer>> path = find(roots.get(i), List.of(i), match);
            if (path.isPresent()) {
                return roster.item(path.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<List<Integer>> find(Row row, List<Integer> path, Predicate<Row> match) {
        if (match.test(row)) {
            return Optional.of(path);
        }
        for (int i = 0; i < row.children().size(); i++) {
            List<Integer> child = new ArrayList<>(path);
            child.add(i);
            Optional<List<Integer>> found = find(row.children().get(i), child, match);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Point middle(TreeItem item) {
        Rectangle bounds = item.getBounds();
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }
}
