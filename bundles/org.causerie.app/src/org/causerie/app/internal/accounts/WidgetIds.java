package org.causerie.app.internal.accounts;

import org.eclipse.swt.widgets.Widget;

/**
 * Names given to the view's and dialogs' widgets (as widget data under {@link #KEY}),
 * so that UI tests find them without depending on labels or layout.
 */
public final class WidgetIds {

    /** The widget data key holding the name. */
    public static final String KEY = "org.causerie.widget";

    public static final String TABLE = "accounts.table";
    public static final String STATUS_LINE = "accounts.status";
    public static final String JID = "account.jid";
    public static final String PASSWORD = "account.password";
    public static final String HOST = "account.host";
    public static final String PORT = "account.port";
    public static final String RESOURCE = "account.resource";
    public static final String PRIORITY = "account.priority";
    public static final String TLS = "account.tls";
    public static final String AUTO_CONNECT = "account.autoConnect";
    public static final String FINGERPRINT = "account.fingerprint";
    public static final String TRUST_FINGERPRINT = "trust.fingerprint";

    private WidgetIds() {
    }

    static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
