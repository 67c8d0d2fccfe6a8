package org.causerie.chat.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.chat.ConversationId;
import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterSnapshot;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * Where messages go: the bare JID (the server routes them, RFC 6121 §8.5.2) or
 * one of the peer's available resources from the roster — in the conversation
 * with oneself, one of the account's own other resources. A resource chosen that
 * goes offline stays listed, marked so, until the user picks another one.
 * Display thread only.
 */
final class ResourceSelector {

    private final ConversationId id;
    private final Combo combo;
    /** The full JID of each item after the first (the bare JID). */
    private final List<String> fullJids = new ArrayList<>();
    private Optional<String> chosen = Optional.empty();

    ResourceSelector(Composite parent, ConversationId id) {
        this.id = id;
        combo = WidgetIds.name(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), WidgetIds.RESOURCE);
        GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        data.widthHint = 280;
        combo.setLayoutData(data);
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            chosen = index <= 0 ? Optional.empty() : Optional.of(fullJids.get(index - 1));
        });
        show(List.of());
    }

    Combo control() {
        return combo;
    }

    /** @return the address to send to: the chosen full JID, else the peer's bare JID */
    String address() {
        return chosen.orElse(id.peer());
    }

    /** @return the peer's resource chosen to send to, if any */
    Optional<String> resource() {
        return chosen.map(jid -> jid.substring(jid.indexOf('/') + 1)).filter(r -> !r.isEmpty());
    }

    /** Chooses a resource of the peer (from the opener), or the bare JID when empty. */
    void choose(Optional<String> resource) {
        chosen = resource.filter(r -> !r.isBlank()).map(r -> id.peer() + "/" + r);
        refresh(lastResources);
    }

    private List<ResourcePresence> lastResources = List.of();

    /** Shows the resources in the roster snapshot (the peer's, or one's own other ones when chatting with oneself). */
    void update(Optional<RosterSnapshot> snapshot) {
        List<ResourcePresence> resources = snapshot.map(s -> s.accountJid().equalsIgnoreCase(id.peer())
                ? s.ownResources() : s.contact(id.peer()).map(Contact::resources).orElse(List.of()))
                .orElse(List.of());
        refresh(resources);
    }

    private void refresh(List<ResourcePresence> resources) {
        lastResources = resources;
        show(resources);
    }

    private void show(List<ResourcePresence> resources) {
        List<String> items = new ArrayList<>();
        fullJids.clear();
        items.add(Messages.resource_auto);
        for (ResourcePresence r : resources) {
            fullJids.add(r.fullJid());
            items.add(NLS.bind(Messages.resource_item, new Object[] {SafeText.oneLine(r.resource(), 60),
                    Messages.mode(r.mode()), r.priority()}));
        }
        chosen.filter(jid -> !fullJids.contains(jid)).ifPresent(offline -> {
            fullJids.add(offline);
            items.add(NLS.bind(Messages.resource_offline, SafeText.oneLine(resourceOf(offline), 60)));
        });
        if (!items.equals(List.of(combo.getItems()))) {
            combo.setItems(items.toArray(String[]::new));
        }
        combo.select(chosen.map(jid -> fullJids.indexOf(jid) + 1).orElse(0));
    }

    private static String resourceOf(String fullJid) {
        int slash = fullJid.indexOf('/');
        return slash < 0 ? fullJid : fullJid.substring(slash + 1);
    }
}
