package org.causerie.plugins.ui.internal;

import org.eclipse.swt.widgets.Widget;

/** Names of the Plugins view's widgets ({@link Widget#setData(String, Object)}), for its UI tests. */
public final class WidgetIds {

    /** The {@link Widget#getData(String)} key. */
    public static final String KEY = "org.causerie.plugins.ui.id";

    public static final String SOURCE = "plugins.source";
    public static final String INSTALL = "plugins.install";
    public static final String TABLE = "plugins.table";
    public static final String PROBLEM = "plugins.problem";
    public static final String ENABLE = "plugins.enable";
    public static final String DISABLE = "plugins.disable";
    public static final String UNINSTALL = "plugins.uninstall";
    public static final String STATUS = "plugins.status";

    private WidgetIds() {
    }

    static <T extends Widget> T name(T widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
