package org.causerie.pubsub.ui.internal;

import org.eclipse.swt.widgets.Widget;

/**
 * Names given to the publish-subscribe UI's widgets (widget data under
 * {@link #KEY}, the key every Causerie view uses), so that UI tests find them
 * without depending on labels or layout.
 */
public final class WidgetIds {

    /** The widget data key holding the name. */
    public static final String KEY = "org.causerie.widget";

    public static final String BROWSER_ACCOUNT = "pubsub.browser.account";
    public static final String BROWSER_SERVICE = "pubsub.browser.service";
    public static final String BROWSER_REFRESH = "pubsub.browser.refresh";
    public static final String BROWSER_TREE = "pubsub.browser.tree";
    public static final String BROWSER_METADATA = "pubsub.browser.metadata";
    public static final String BROWSER_ITEMS = "pubsub.browser.items";
    public static final String BROWSER_STATUS = "pubsub.browser.status";
    public static final String ACTION = "pubsub.action.";
    public static final String NOTIFICATIONS_TABLE = "pubsub.notifications.table";
    public static final String NOTIFICATIONS_POPUPS = "pubsub.notifications.popups";
    public static final String CREATE_DIALOG = "pubsub.create";
    public static final String CREATE_NAME = "pubsub.create.name";
    public static final String CREATE_KIND = "pubsub.create.kind";
    public static final String CONFIGURE_DIALOG = "pubsub.configure";
    public static final String OPTIONS_DIALOG = "pubsub.options";
    public static final String SUBSCRIPTIONS_OPTIONS = "pubsub.subscriptions.options";
    public static final String OWNER_DIALOG = "pubsub.owner";
    public static final String ATOM_DIALOG = "pubsub.atom";
    public static final String ATOM_TITLE = "pubsub.atom.title";
    public static final String ATOM_BODY = "pubsub.atom.body";
    public static final String ATOM_LINK = "pubsub.atom.link";
    public static final String XML_DIALOG = "pubsub.xml";
    public static final String XML_ID = "pubsub.xml.id";
    public static final String XML_TEXT = "pubsub.xml.text";
    public static final String PRESENCE_DIALOG = "pubsub.presence";
    public static final String SUBSCRIPTIONS_DIALOG = "pubsub.subscriptions";
    public static final String POPUP = "pubsub.popup";

    private WidgetIds() {
    }

    /** @return the widget, named */
    public static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
