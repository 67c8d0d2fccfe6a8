package org.causerie.muc.ui.internal;

import org.eclipse.swt.widgets.Widget;

/**
 * Names given to the rooms UI's widgets (as widget data under {@link #KEY}, the key
 * every Causerie view uses), so that UI tests find them without depending on labels
 * or layout.
 */
public final class WidgetIds {

    /** The widget data key holding the name. */
    public static final String KEY = "org.causerie.widget";

    public static final String JOIN_DIALOG = "muc.join";
    public static final String JOIN_ACCOUNT = "muc.join.account";
    public static final String JOIN_SERVICE = "muc.join.service";
    public static final String JOIN_ROOM = "muc.join.room";
    public static final String JOIN_NICK = "muc.join.nick";
    public static final String JOIN_PASSWORD = "muc.join.password";
    public static final String JOIN_RECENT = "muc.join.recent";
    public static final String BROWSER = "muc.browser";
    public static final String BROWSER_FILTER = "muc.browser.filter";
    public static final String BROWSER_TABLE = "muc.browser.table";
    public static final String CREATE_DIALOG = "muc.create";
    public static final String CREATE_INSTANT = "muc.create.instant";
    public static final String CONFIGURE_DIALOG = "muc.configure";
    public static final String AFFILIATIONS_DIALOG = "muc.affiliations";
    public static final String AFFILIATIONS_TABLE = "muc.affiliations.table";
    public static final String AFFILIATIONS_JID = "muc.affiliations.jid";
    public static final String AFFILIATIONS_REASON = "muc.affiliations.reason";
    public static final String AFFILIATIONS_STATUS = "muc.affiliations.status";
    public static final String INVITE_DIALOG = "muc.invite";
    public static final String BOOKMARK_DIALOG = "muc.bookmark";
    public static final String BOOKMARK_NAME = "muc.bookmark.name";
    public static final String BOOKMARK_AUTOJOIN = "muc.bookmark.autojoin";
    public static final String DESTROY_DIALOG = "muc.destroy";
    public static final String DESTROY_REASON = "muc.destroy.reason";
    public static final String DESTROY_VENUE = "muc.destroy.venue";
    public static final String INVITATION = "muc.invitation";
    public static final String TITLE = "muc.title";
    public static final String SUBJECT = "muc.subject";
    public static final String TRANSCRIPT = "muc.transcript";
    public static final String INPUT = "muc.input";
    public static final String OCCUPANTS = "muc.occupants";
    public static final String NOTICE = "muc.notice";
    public static final String TOOLBAR = "muc.toolbar";
    public static final String OLDER = "muc.older";
    public static final String TABS = "muc.tabs";
    public static final String WHOLE_MESSAGE = "muc.wholeMessage";

    private WidgetIds() {
    }

    /** @return the widget, named */
    public static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
