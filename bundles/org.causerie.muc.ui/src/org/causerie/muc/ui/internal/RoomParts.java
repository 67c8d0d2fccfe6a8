package org.causerie.muc.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.causerie.muc.RoomId;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;

/**
 * The room editors in the application model: one part per room (account and room
 * JID in the part's persisted state), made from the fragment's part descriptor and
 * put in the main part stack. A tab is labelled with the room's name, and with the
 * account too while the same room is open from another account; its tooltip names
 * both. Display thread only.
 */
public final class RoomParts {

    /** The part descriptor room editors are made from (fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.causerie.muc.ui.partdescriptor.room";
    /** The part stack rooms open in (the workbench's Application.e4xmi). */
    public static final String STACK = "org.causerie.app.partstack.main";
    static final String ACCOUNT = "org.causerie.muc.account";
    static final String ROOM = "org.causerie.muc.room";
    /** How the account was named on screen when the editor opened (its JID). */
    static final String ACCOUNT_NAME = "org.causerie.muc.accountName";

    private final MApplication application;
    private final EModelService models;
    private final Function<String, String> accountName;

    /** For finding parts only: accounts are named by their id. */
    public RoomParts(MApplication application, EModelService models) {
        this(application, models, id -> id);
    }

    /** @param accountName how an account (by id) is named on screen */
    public RoomParts(MApplication application, EModelService models, Function<String, String> accountName) {
        this.application = application;
        this.models = models;
        this.accountName = accountName;
    }

    /**
     * @param shared whether the same room is open from another account too
     * @return a room editor's tab label: the room's local name, with the account when shared
     */
    public static String label(RoomId id, String account, boolean shared) {
        String name = id.room().substring(0, id.room().indexOf('@'));
        return shared ? NLS.bind(Messages.part_labelAccount, name, account) : name;
    }

    /** Labels every room editor's tab for the editors open now (see {@link #label}). */
    public void relabel() {
        List<MPart> open = all();
        for (MPart part : open) {
            RoomId id = room(part).orElseThrow();
            boolean shared = open.stream().map(p -> room(p).orElseThrow())
                    .anyMatch(other -> other.room().equals(id.room()) && !other.accountId().equals(id.accountId()));
            String account = part.getPersistedState().getOrDefault(ACCOUNT_NAME, id.accountId());
            String label = label(id, account, shared);
            if (!label.equals(part.getLabel())) {
                part.setLabel(label);
            }
            String tooltip = NLS.bind(Messages.part_tooltip, id.room(), account);
            if (!tooltip.equals(part.getTooltip())) {
                part.setTooltip(tooltip);
            }
        }
    }

    /** @return the room a room editor's part shows */
    public static Optional<RoomId> room(MPart part) {
        String account = part.getPersistedState().get(ACCOUNT);
        String room = part.getPersistedState().get(ROOM);
        return account == null || room == null ? Optional.empty() : Optional.of(new RoomId(account, room));
    }

    /** @return every room editor's part */
    public List<MPart> all() {
        return models.findElements(application, DESCRIPTOR, MPart.class).stream()
                .filter(p -> room(p).isPresent()).toList();
    }

    /** @return the editor of the room, if one is open */
    public Optional<MPart> find(RoomId id) {
        return all().stream().filter(p -> room(p).filter(id::equals).isPresent()).findFirst();
    }

    /**
     * Opens the room's editor, creating it when needed.
     *
     * @param activate true to bring it to the front (the user asked); false to add its tab
     *        behind the others (autojoin: focus stays where it is)
     */
    public MPart open(RoomId id, boolean activate) {
        EPartService parts = partService();
        MPart part = find(id).orElseGet(() -> create(parts, id));
        relabel();
        parts.showPart(part, activate ? PartState.ACTIVATE : PartState.CREATE);
        return part;
    }

    /** Closes the room's editor, if it is open. */
    public void close(RoomId id) {
        find(id).ifPresent(p -> partService().hidePart(p, true));
        relabel();
    }

    private MPart create(EPartService parts, RoomId id) {
        MPart part = parts.createPart(DESCRIPTOR);
        part.getPersistedState().put(ACCOUNT, id.accountId());
        part.getPersistedState().put(ROOM, id.room());
        part.getPersistedState().put(ACCOUNT_NAME, accountName.apply(id.accountId()));
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
