package org.causerie.roster.ui.internal.view;

import org.eclipse.swt.widgets.Widget;

/** Names of the roster view's widgets, kept in their data, so tests find them. */
public final class WidgetIds {

    /** The {@link Widget#getData(String)} key. */
    public static final String KEY = "org.causerie.roster.ui.id";

    public static final String TREE = "roster.tree";
    public static final String FILTER = "roster.filter";
    public static final String ADD = "roster.add";
    public static final String HINT = "roster.hint";
    public static final String REQUESTS = "roster.requests";
    public static final String PRESENCE_ACCOUNT = "presence.account";
    public static final String PRESENCE_MODE = "presence.mode";
    public static final String PRESENCE_STATUS = "presence.status";
    public static final String PRESENCE_PRIORITY = "presence.priority";
    public static final String PRESENCE_APPLY = "presence.apply";
    public static final String PRESENCE_LINE = "presence.line";
    public static final String PRESENCE_AUTO_AWAY = "presence.autoAway";
    public static final String AUTO_AWAY_ENABLED = "autoAway.enabled";
    public static final String AUTO_AWAY_AWAY = "autoAway.away";
    public static final String AUTO_AWAY_XA = "autoAway.xa";
    public static final String ADD_ACCOUNT = "add.account";
    public static final String ADD_JID = "add.jid";
    public static final String ADD_NICKNAME = "add.nickname";
    public static final String ADD_GROUP = "add.group";
    public static final String DETAILS_RESOURCES = "details.resources";
    public static final String DETAILS_VERSION = "details.version";
    public static final String DETAILS_TIME = "details.time";
    public static final String DETAILS_ANSWER = "details.answer";
    public static final String DETAILS_VCARD = "details.vcard";
    public static final String DETAILS_PHOTO = "details.photo";

    private WidgetIds() {
    }

    /** @return the widget, named */
    public static <T extends Widget> T name(T widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
