package org.causerie.chat.ui.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.causerie.chat.ConversationId;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.osgi.service.event.Event;

/**
 * The chat editors in the application model: one part per conversation, made
 * from the fragment's part descriptor and put in the main part stack, the
 * conversation kept in the part's persisted state. Used on the display thread.
 */
public final class ConversationParts {

    /** The part descriptor chat editors are made from (fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.causerie.chat.ui.partdescriptor.conversation";
    /** The part stack conversations open in (the workbench's Application.e4xmi). */
    public static final String STACK = "org.causerie.app.partstack.main";
    static final String ACCOUNT = "org.causerie.chat.account";
    static final String PEER = "org.causerie.chat.peer";
    /** Transient data: the resource the opener asked for, read by the editor when it is created. */
    public static final String RESOURCE = "org.causerie.chat.resource";

    private final MApplication application;
    private final EModelService models;

    public ConversationParts(MApplication application, EModelService models) {
        this.application = application;
        this.models = models;
    }

    /** @return the conversation a chat editor's part shows */
    public static Optional<ConversationId> conversation(MPart part) {
        String account = part.getPersistedState().get(ACCOUNT);
        String peer = part.getPersistedState().get(PEER);
        return account == null || peer == null ? Optional.empty() : Optional.of(new ConversationId(account, peer));
    }

    /**
     * @param event a model children event (parts, stacks, windows added or removed anywhere)
     * @return whether it adds or removes a chat editor
     */
    public static boolean addsOrRemovesAnEditor(Event event) {
        return isEditor(event.getProperty(UIEvents.EventTags.NEW_VALUE))
                || isEditor(event.getProperty(UIEvents.EventTags.OLD_VALUE));
    }

    private static boolean isEditor(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().anyMatch(ConversationParts::isEditor);
        }
        return value instanceof MPart part && DESCRIPTOR.equals(part.getElementId());
    }

    /** @return every chat editor's part in the model */
    public List<MPart> all() {
        return models.findElements(application, DESCRIPTOR, MPart.class).stream()
                .filter(p -> conversation(p).isPresent()).toList();
    }

    /** @return the editor of the conversation, if one is open */
    public Optional<MPart> find(ConversationId id) {
        return all().stream().filter(p -> conversation(p).filter(id::equals).isPresent()).findFirst();
    }

    /**
     * Opens the conversation's editor, creating it when needed.
     *
     * @param activate true to bring it to the front and give it focus (the user asked); false
     *        to only add its tab behind the others (a message arrived: focus stays where it is)
     * @return the part
     */
    public MPart open(ConversationId id, Optional<String> resource, boolean activate) {
        EPartService parts = partService();
        MPart part = find(id).orElseGet(() -> create(parts, id));
        resource.ifPresent(r -> part.getTransientData().put(RESOURCE, r));
        parts.showPart(part, activate ? PartState.ACTIVATE : PartState.CREATE);
        if (activate && part.getObject() instanceof org.causerie.chat.ui.internal.editor.ChatEditor editor) {
            resource.ifPresent(editor::selectResource);
        }
        return part;
    }

    private MPart create(EPartService parts, ConversationId id) {
        MPart part = parts.createPart(DESCRIPTOR);
        part.getPersistedState().put(ACCOUNT, id.accountId());
        part.getPersistedState().put(PEER, id.peer());
        part.setLabel(id.peer());
        MPartStack stack = (MPartStack) models.find(STACK, application);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        // without the stack, showPart adds it where the window puts new parts
        return part;
    }

    /** @return whether the user can see the editor now (its tab is the selected one) */
    public boolean visible(MPart part) {
        return part.getObject() != null && partService().isPartVisible(part);
    }

    private EPartService partService() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getContext().get(EPartService.class);
    }
}
