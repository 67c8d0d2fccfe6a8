package org.causerie.app.internal.preferences;

import org.eclipse.swt.widgets.Widget;

/**
 * Names given to the Preferences dialog's widgets (widget data under {@link #KEY}),
 * so that UI tests find them without depending on labels or layout. A page's
 * container also carries its contribution's id under {@link #PAGE_ID}.
 */
public final class WidgetIds {

    /** The widget data key holding the name (the same key as the Accounts view's). */
    public static final String KEY = "org.causerie.widget";
    /** The widget data key of a page container holding the contribution's id. */
    public static final String PAGE_ID = "org.causerie.preferences.page";

    public static final String SHELL = "preferences.shell";
    public static final String PAGES = "preferences.pages";
    public static final String PAGE = "preferences.page";
    public static final String MESSAGE = "preferences.message";
    public static final String OK = "preferences.ok";
    public static final String APPLY = "preferences.apply";
    public static final String CANCEL = "preferences.cancel";

    private WidgetIds() {
    }

    static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
