package org.causerie.example.attention.ui.internal;

import java.util.Optional;

import org.causerie.example.attention.AttentionService;
import org.causerie.example.attention.Buzz;
import org.causerie.example.attention.BuzzListener;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.ConversationRef;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * A buzz received opens (or brings forward) the conversation with its sender,
 * whose Attention panel tells it: XEP-0224 §1, the point is to get noticed.
 * Active only in the workbench, where the chat UI provides the
 * {@link ConversationOpener} (hence a display exists).
 */
@Component(immediate = true)
public final class BuzzAlert {

    private final AttentionService attention;
    private final ConversationOpener opener;
    private final BuzzListener listener = this::buzzed;

    @Activate
    public BuzzAlert(@Reference AttentionService attention, @Reference ConversationOpener opener) {
        this.attention = attention;
        this.opener = opener;
        attention.addListener(listener);
    }

    @Deactivate
    void deactivate() {
        attention.removeListener(listener);
    }

    private void buzzed(Buzz buzz) {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> opener.open(new ConversationRef(buzz.accountId(), buzz.fromBareJid()),
                Optional.empty()));
    }
}
