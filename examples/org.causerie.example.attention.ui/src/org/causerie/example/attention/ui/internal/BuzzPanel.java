package org.causerie.example.attention.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.example.attention.AttentionService;
import org.causerie.example.attention.Buzz;
import org.causerie.example.attention.BuzzListener;
import org.causerie.ui.ChatPanelContribution;
import org.causerie.ui.ConversationRef;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The "Attention" panel beside a conversation: the last buzz received from the
 * peer (or sent to it), updated as buzzes arrive, and a Buzz button.
 */
@Component(service = ChatPanelContribution.class)
public final class BuzzPanel implements ChatPanelContribution {

    /** The panel's id; its status label carries this id as widget data "causerie.id". */
    public static final String ID = "org.causerie.example.attention.panel";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private final AttentionService attention;
    private final SentBuzzes sent;

    @Activate
    public BuzzPanel(@Reference AttentionService attention, @Reference SentBuzzes sent) {
        this.attention = attention;
        this.sent = sent;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.panel_title;
    }

    @Override
    public void createPanel(Composite parent, ConversationRef conversation) {
        Composite panel = new Composite(parent, SWT.NONE);
        panel.setLayout(new GridLayout(1, false));
        Label status = new Label(panel, SWT.WRAP);
        status.setData("causerie.id", ID + ".status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button buzz = new Button(panel, SWT.PUSH);
        buzz.setText(Messages.panel_send);
        buzz.setData("causerie.id", ID + ".send");
        buzz.addListener(SWT.Selection, e -> BuzzAction.send(attention, sent, conversation.accountId(),
                conversation.peerBareJid(), panel.getShell()));
        show(status, conversation);

        BuzzListener onBuzz = b -> {
            if (b.accountId().equals(conversation.accountId()) && b.fromBareJid().equals(conversation.peerBareJid())) {
                refresh(status, conversation);
            }
        };
        Consumer<SentBuzzes.Sent> onSent = s -> refresh(status, conversation);
        attention.addListener(onBuzz);
        sent.addListener(onSent);
        panel.addListener(SWT.Dispose, e -> {
            attention.removeListener(onBuzz);
            sent.removeListener(onSent);
        });
    }

    private void refresh(Label status, ConversationRef conversation) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> show(status, conversation));
        }
    }

    private void show(Label status, ConversationRef conversation) {
        if (status.isDisposed()) {
            return;
        }
        Optional<Buzz> received = attention.received().stream()
                .filter(b -> b.accountId().equals(conversation.accountId())
                        && b.fromBareJid().equals(conversation.peerBareJid()))
                .reduce((a, b) -> b);
        Optional<SentBuzzes.Sent> mine = sent.last(conversation.accountId(), conversation.peerBareJid());
        String text;
        if (received.isPresent() && (mine.isEmpty() || received.get().at().isAfter(mine.get().at()))) {
            text = NLS.bind(Messages.panel_received, conversation.peerBareJid(), time(received.get().at()));
        } else if (mine.isPresent()) {
            text = NLS.bind(Messages.panel_sent, conversation.peerBareJid(), time(mine.get().at()));
        } else {
            text = Messages.panel_none;
        }
        status.setText(text);
        status.getParent().layout(true, true);
    }

    private static String time(Instant at) {
        return TIME.format(at.atZone(ZoneId.systemDefault()));
    }
}
