package org.causerie.muc.ui.internal.editor;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.dialogs.JoinDialog;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.ConversationRef;
import org.causerie.ui.text.Links;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Opens a link clicked in a room: web addresses in the desktop's browser (only
 * http and https are ever handed to it), {@code xmpp:room@service?join} as the
 * join dialog, any other XMPP address as a conversation through the chat UI's
 * {@link ConversationOpener}, all from the room's account.
 */
final class RoomLinks {

    private final MucUi ui;
    private final String accountId;
    private final Consumer<String> notice;

    RoomLinks(MucUi ui, String accountId, Consumer<String> notice) {
        this.ui = ui;
        this.accountId = accountId;
        this.notice = notice;
    }

    void open(String address) {
        Optional<URI> uri = Links.openable(address);
        if (uri.isEmpty()) {
            failed(address);
            return;
        }
        if (Links.WEB.contains(uri.get().getScheme().toLowerCase(Locale.ROOT))) {
            if (!Program.launch(uri.get().toASCIIString())) {
                failed(address);
            }
            return;
        }
        Optional<String> jid = Links.xmppJid(uri.get());
        if (jid.isEmpty()) {
            failed(address);
        } else if (Links.xmppAction(uri.get()).filter("join"::equals).isPresent()) {
            try {
                ui.join(JoinDialog.Initial.of(new RoomId(accountId, jid.get()),
                        Links.xmppParameter(uri.get(), "password")));
            } catch (IllegalArgumentException e) {
                failed(address);
            }
        } else if (!conversation(jid.get())) {
            failed(address);
        }
    }

    private boolean conversation(String jid) {
        BundleContext context = FrameworkUtil.getBundle(RoomLinks.class).getBundleContext();
        ServiceReference<ConversationOpener> reference = context.getServiceReference(ConversationOpener.class);
        ConversationOpener opener = reference == null ? null : context.getService(reference);
        if (opener == null) {
            return false;
        }
        try {
            opener.open(new ConversationRef(accountId, jid), Optional.empty());
            return true;
        } finally {
            context.ungetService(reference);
        }
    }

    private void failed(String address) {
        notice.accept(NLS.bind(Messages.error_link, address));
    }
}
