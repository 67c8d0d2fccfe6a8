package org.causerie.whiteboard.ui.internal;

import org.eclipse.swt.widgets.Widget;

/**
 * Names given to the whiteboard UI's widgets (widget data under {@link #KEY}, the key
 * every Causerie view uses), so that UI tests find them without depending on labels.
 */
public final class WidgetIds {

    /** The widget data key holding the name. */
    public static final String KEY = "org.causerie.widget";

    public static final String CANVAS = "whiteboard.canvas";
    public static final String PALETTE = "whiteboard.palette";
    public static final String PARTICIPANTS = "whiteboard.participants";
    public static final String STATUS = "whiteboard.status";

    private WidgetIds() {
    }

    /** @return the widget, named */
    public static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
