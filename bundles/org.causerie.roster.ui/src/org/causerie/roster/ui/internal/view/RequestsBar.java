package org.causerie.roster.ui.internal.view;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.causerie.roster.RosterService;
import org.causerie.roster.SubscriptionRequest;
import org.causerie.roster.ui.internal.Errors;
import org.causerie.roster.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The notification area at the top of the roster view: one line per subscription
 * request not answered yet (RFC 6121 §3.1.3), including requests received before
 * this session (the server delivers them at login), with Accept, Accept and ask
 * back, and Deny. Not modal; hidden while nothing waits. A failed answer is told
 * in words on its line and the line stays.
 */
public final class RequestsBar {

    /** At most this many requests are shown at once; the rest are counted. */
    static final int SHOWN = 5;

    private final Composite bar;
    private final RosterService roster;
    private final Function<String, String> accountJid;
    private final Runnable changed;

    /**
     * @param parent the view (GridLayout, one column)
     * @param roster answers go there
     * @param accountJid the JID of an account id, for the text
     * @param changed called after an answer succeeded, to read the pending requests again
     */
    public RequestsBar(Composite parent, RosterService roster, Function<String, String> accountJid,
            Runnable changed) {
        this.roster = roster;
        this.accountJid = accountJid;
        this.changed = changed;
        bar = WidgetIds.name(new Composite(parent, SWT.BORDER), WidgetIds.REQUESTS);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        bar.setLayout(layout);
        // fixed colours: the theme's "info" colours are light on dark in some GTK themes
        bar.setBackground(new Color(255, 244, 196));
        bar.setForeground(new Color(0, 0, 0));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true; // hidden until there is a request
        bar.setLayoutData(data);
        bar.setVisible(false);
    }

    public Composite control() {
        return bar;
    }

    /** Shows these requests, oldest first (display thread). */
    public void show(List<SubscriptionRequest> requests) {
        if (requests.isEmpty() && bar.getChildren().length == 0) {
            // nothing shown, nothing to show: laying the view out again measured the tree (every login)
            return;
        }
        for (Control child : bar.getChildren()) {
            child.dispose();
        }
        requests.stream().limit(SHOWN).forEach(this::line);
        if (requests.size() > SHOWN) {
            label(bar, NLS.bind(Messages.request_more, requests.size() - SHOWN));
        }
        boolean visible = !requests.isEmpty();
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    private void line(SubscriptionRequest request) {
        Composite line = new Composite(bar, SWT.NONE);
        line.setData(request);
        line.setBackground(bar.getBackground());
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        line.setLayout(layout);
        String account = accountJid.apply(request.accountId());
        String text = request.nick().map(n -> NLS.bind(Messages.request_textNick, new Object[] {request.from(), n,
                account})).orElseGet(() -> NLS.bind(Messages.request_text, request.from(), account));
        Label label = label(line, text);
        label.setLayoutData(narrow());
        // the buttons wrap to a second row when the view is narrow (French labels are long)
        Composite buttonRow = new Composite(line, SWT.NONE);
        buttonRow.setBackground(bar.getBackground());
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.marginLeft = 0;
        row.marginTop = 0;
        row.marginBottom = 0;
        buttonRow.setLayout(row);
        buttonRow.setLayoutData(narrow());
        Button accept = button(buttonRow, Messages.request_accept);
        Button askBack = button(buttonRow, Messages.request_acceptAskBack);
        Button deny = button(buttonRow, Messages.request_deny);
        Button[] buttons = {accept, askBack, deny};
        accept.addListener(SWT.Selection, e -> answer(request, label, buttons,
                roster.approve(request.accountId(), request.from(), false)));
        askBack.addListener(SWT.Selection, e -> answer(request, label, buttons,
                roster.approve(request.accountId(), request.from(), true)));
        deny.addListener(SWT.Selection, e -> answer(request, label, buttons,
                roster.deny(request.accountId(), request.from())));
    }

    private void answer(SubscriptionRequest request, Label label, Button[] buttons, CompletableFuture<Void> answer) {
        for (Button b : buttons) {
            b.setEnabled(false);
        }
        answer.whenComplete((ok, failure) -> bar.getDisplay().asyncExec(() -> {
            if (bar.isDisposed()) {
                return;
            }
            if (failure == null) {
                changed.run();
            } else if (!label.isDisposed()) {
                label.setText(NLS.bind(Messages.request_failed, request.from(), Errors.describe(failure)));
                label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                for (Button b : buttons) {
                    b.setEnabled(true);
                }
                bar.getParent().layout(true, true);
            }
        }));
    }

    /** Takes the width the view gives and wraps within it, rather than widening the view. */
    private static GridData narrow() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 80;
        return data;
    }

    private Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setBackground(bar.getBackground());
        label.setForeground(bar.getForeground());
        label.setText(text);
        return label;
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        return button;
    }
}
