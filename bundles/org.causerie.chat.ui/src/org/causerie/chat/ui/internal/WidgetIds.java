package org.causerie.chat.ui.internal;

import org.eclipse.swt.widgets.Widget;

/**
 * Names given to the chat UI's widgets (as widget data under {@link #KEY}, the
 * key the workbench uses too), so that UI tests find them without depending on
 * labels or layout.
 */
public final class WidgetIds {

    /** The widget data key holding the name. */
    public static final String KEY = "org.causerie.widget";

    public static final String TRANSCRIPT = "chat.transcript";
    public static final String INPUT = "chat.input";
    public static final String PEER_STATE = "chat.peerState";
    public static final String NOTICE = "chat.notice";
    public static final String TITLE = "chat.title";
    public static final String ACCOUNT = "chat.account";
    public static final String RESOURCE = "chat.resource";
    public static final String PANELS = "chat.panels";
    public static final String NOTIFICATION = "chat.notification";
    public static final String WHOLE_MESSAGE = "chat.wholeMessage";

    private WidgetIds() {
    }

    /** @return the widget, named */
    public static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
