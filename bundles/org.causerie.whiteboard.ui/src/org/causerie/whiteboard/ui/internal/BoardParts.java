package org.causerie.whiteboard.ui.internal;

import java.util.List;
import java.util.Optional;

import org.causerie.whiteboard.BoardId;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;

/**
 * The board editors in the application model: one part per board (its
 * {@link BoardId} in the part's persisted state), made from the fragment's part
 * descriptor and put in the main part stack. Display thread only.
 */
public final class BoardParts {

    /** The part descriptor board editors are made from (fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.causerie.whiteboard.ui.partdescriptor.board";
    /** The part stack boards open in (the workbench's Application.e4xmi). */
    public static final String STACK = "org.causerie.app.partstack.main";
    private static final String ACCOUNT = "org.causerie.whiteboard.account";
    private static final String KIND = "org.causerie.whiteboard.kind";
    private static final String PEER = "org.causerie.whiteboard.peer";
    private static final String SESSION = "org.causerie.whiteboard.session";

    private final MApplication application;
    private final EModelService models;

    public BoardParts(MApplication application, EModelService models) {
        this.application = application;
        this.models = models;
    }

    /** @return the board a board editor's part shows */
    public static Optional<BoardId> board(MPart part) {
        var state = part.getPersistedState();
        try {
            return Optional.of(new BoardId(state.get(ACCOUNT), BoardId.Kind.valueOf(state.get(KIND)),
                    state.get(PEER), state.get(SESSION)));
        } catch (RuntimeException e) {
            return Optional.empty(); // not a board editor, or its state was edited by hand
        }
    }

    /** @return every board editor's part */
    public List<MPart> all() {
        return models.findElements(application, DESCRIPTOR, MPart.class).stream()
                .filter(p -> board(p).isPresent()).toList();
    }

    /** @return the editor of a board, matched on account, kind and peer (a room's session is derived from it) */
    public Optional<MPart> find(BoardId id) {
        return all().stream().filter(p -> board(p).filter(b -> same(b, id)).isPresent()).findFirst();
    }

    private static boolean same(BoardId a, BoardId b) {
        return a.accountId().equals(b.accountId()) && a.kind() == b.kind() && a.peer().equals(b.peer())
                && (a.kind() == BoardId.Kind.ROOM || a.session().equals(b.session()));
    }

    /** Opens the board's editor, creating it when needed, and brings it to the front. */
    public MPart open(BoardId id) {
        EPartService parts = partService();
        MPart part = find(id).orElseGet(() -> create(parts, id));
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    private MPart create(EPartService parts, BoardId id) {
        MPart part = parts.createPart(DESCRIPTOR);
        var state = part.getPersistedState();
        state.put(ACCOUNT, id.accountId());
        state.put(KIND, id.kind().name());
        state.put(PEER, id.peer());
        state.put(SESSION, id.session());
        String name = id.kind() == BoardId.Kind.ROOM ? id.peer().substring(0, Math.max(0, id.peer().indexOf('@')))
                : id.peer();
        part.setLabel(NLS.bind(id.kind() == BoardId.Kind.ROOM ? Messages.part_room : Messages.part_direct, name));
        part.setTooltip(NLS.bind(Messages.part_tooltip, id.peer(), id.accountId()));
        MPartStack stack = (MPartStack) models.find(STACK, application);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        return part;
    }

    private EPartService partService() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getContext().get(EPartService.class);
    }
}
