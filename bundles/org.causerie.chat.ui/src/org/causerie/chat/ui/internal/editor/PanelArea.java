package org.causerie.chat.ui.internal.editor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.ui.ChatPanelContribution;
import org.causerie.ui.ConversationRef;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The panels contributed beside the conversation ({@link ChatPanelContribution}
 * services), one titled group each, in the contributions' order. A panel is
 * created when its service arrives and disposed when it goes; a panel that fails
 * to build says so in its place instead of breaking the editor. Display thread only.
 */
final class PanelArea {

    private final Composite area;
    private final ConversationRef conversation;
    private final Runnable visibilityChanged;
    private final Map<ChatPanelContribution, Group> panels = new IdentityHashMap<>();

    /**
     * @param visibilityChanged told when the area becomes empty or not (the editor hides an empty area)
     */
    PanelArea(Composite parent, ConversationRef conversation, Runnable visibilityChanged) {
        this.conversation = conversation;
        this.visibilityChanged = visibilityChanged;
        area = WidgetIds.name(new Composite(parent, SWT.NONE), WidgetIds.PANELS);
        area.setLayout(new GridLayout(1, false));
    }

    Composite control() {
        return area;
    }

    boolean isEmpty() {
        return panels.isEmpty();
    }

    /** Shows exactly the applicable contributions of the list, in its order. */
    void show(List<ChatPanelContribution> contributions) {
        if (area.isDisposed()) {
            return;
        }
        List<ChatPanelContribution> wanted = contributions.stream().filter(this::applies).toList();
        panels.entrySet().removeIf(entry -> {
            if (wanted.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().dispose();
            return true;
        });
        Control previous = null;
        for (ChatPanelContribution contribution : wanted) {
            Group group = panels.computeIfAbsent(contribution, this::create);
            if (previous == null) {
                group.moveAbove(null);
            } else {
                group.moveBelow(previous);
            }
            previous = group;
        }
        area.layout(true, true);
        visibilityChanged.run();
    }

    private boolean applies(ChatPanelContribution contribution) {
        try {
            return contribution.appliesTo(conversation);
        } catch (RuntimeException e) {
            return true; // shown, so that its failure is visible below
        }
    }

    private Group create(ChatPanelContribution contribution) {
        Group group = new Group(area, SWT.NONE);
        group.setText(contribution.label());
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        group.setLayout(new FillLayout());
        Composite content = new Composite(group, SWT.NONE);
        content.setLayout(new FillLayout());
        try {
            contribution.createPanel(content, conversation);
        } catch (RuntimeException | LinkageError e) {
            // a broken plugin must not take the conversation down with it
            for (Control child : content.getChildren()) {
                child.dispose();
            }
            Label failure = new Label(content, SWT.WRAP);
            failure.setText(NLS.bind(Messages.panel_failed, contribution.label(), String.valueOf(e.getMessage())));
        }
        return group;
    }
}
