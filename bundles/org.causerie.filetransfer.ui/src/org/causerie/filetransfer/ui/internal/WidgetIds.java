package org.causerie.filetransfer.ui.internal;

/**
 * Names given to the file transfer UI's widgets (as widget data under {@link #KEY},
 * the key every Causerie view uses), so that UI tests find them.
 */
public final class WidgetIds {

    public static final String KEY = "org.causerie.widget";

    public static final String OFFER_DIALOG = "filetransfer.offer";
    public static final String OFFER_FOLDER = "filetransfer.offer.folder";
    public static final String TRANSFERS_TABLE = "filetransfer.transfers.table";
    public static final String TRANSFERS_CANCEL = "filetransfer.transfers.cancel";
    public static final String TRANSFERS_RESUME = "filetransfer.transfers.resume";
    public static final String TRANSFERS_FOLDER = "filetransfer.transfers.folder";
    public static final String TRANSFERS_SETTINGS = "filetransfer.transfers.settings";
    public static final String SETTINGS_DIALOG = "filetransfer.settings";
    public static final String SETTINGS_PORT = "filetransfer.settings.port";
    public static final String SETTINGS_LIMIT = "filetransfer.settings.limit";
    public static final String SETTINGS_PROXY = "filetransfer.settings.proxy";
    public static final String SETTINGS_OFFER_HASH = "filetransfer.settings.offerHash";

    private WidgetIds() {
    }
}
