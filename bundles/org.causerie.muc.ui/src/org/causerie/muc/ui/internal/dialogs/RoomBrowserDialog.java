package org.causerie.muc.ui.internal.dialogs;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causerie.muc.MucService;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomInfo;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucErrors;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The rooms a multi-user chat service lists (disco#items, XEP-0045 §6.3) with
 * their name, occupants and description (§6.4), loaded in the background and
 * filtered as one types; a room is joined (the join dialog, filled in) or
 * bookmarked from here.
 */
public final class RoomBrowserDialog extends Dialog {

    static final int JOIN_ID = IDialogConstants.CLIENT_ID + 1;
    static final int BOOKMARK_ID = IDialogConstants.CLIENT_ID + 2;

    private final MucUi ui;
    private final MucService muc;
    private final Optional<String> accountId;
    private final Optional<String> serviceName;
    private AccountServiceFields where;
    private Text filter;
    private Table table;
    private Label status;
    private List<RoomInfo> rooms = List.of();
    private List<RoomInfo> shown = List.of();
    private String loadedAccount = "";

    public RoomBrowserDialog(Shell parent, MucUi ui, MucService muc, Optional<String> accountId,
            Optional<String> service) {
        super(parent);
        this.ui = ui;
        this.muc = muc;
        this.accountId = accountId;
        this.serviceName = service;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.browser_title);
        WidgetIds.name(shell, WidgetIds.BROWSER);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite grid = new Composite(area, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid.setLayout(new GridLayout(3, false));
        Composite fields = new Composite(grid, SWT.NONE);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        where = new AccountServiceFields(fields, ui, muc, accountId, serviceName);
        Button list = new Button(grid, SWT.PUSH);
        list.setText(Messages.browser_list);
        list.setLayoutData(new GridData(SWT.FILL, SWT.END, false, false));
        list.addListener(SWT.Selection, e -> load());
        filter = WidgetIds.name(new Text(grid, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), WidgetIds.BROWSER_FILTER);
        filter.setMessage(Messages.browser_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        filter.addListener(SWT.Modify, e -> show());
        table = WidgetIds.name(new Table(grid, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL),
                WidgetIds.BROWSER_TABLE);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        data.heightHint = 300;
        data.widthHint = 720;
        table.setLayoutData(data);
        column(Messages.browser_name, 160);
        column(Messages.browser_address, 220);
        column(Messages.browser_occupants, 80);
        column(Messages.browser_description, 260);
        table.addListener(SWT.DefaultSelection, e -> buttonPressed(JOIN_ID));
        status = new Label(grid, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        if (!where.service().isEmpty()) {
            load();
        }
        where.onServiceFound(this::load);
        where.serviceCombo().addListener(SWT.Selection, e -> load());
        where.serviceCombo().addListener(SWT.DefaultSelection, e -> load());
        return area;
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, JOIN_ID, Messages.browser_join, true);
        createButton(parent, BOOKMARK_ID, Messages.browser_bookmark, false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    /** Lists the service's rooms, in the background. */
    void load() {
        Optional<String> account = where.selected().map(c -> c.accountId());
        String service = where.service();
        if (account.isEmpty() || service.isEmpty()) {
            status.setText(account.isEmpty() ? Messages.error_noAccount : Messages.error_serviceMissing);
            return;
        }
        status.setText(NLS.bind(Messages.browser_loading, service));
        muc.rooms(account.get(), service).whenComplete((found, failure) -> ui.later(() -> {
            if (table.isDisposed()) {
                return;
            }
            if (failure != null) {
                rooms = List.of();
                status.setText(NLS.bind(Messages.browser_failed, service, MucErrors.describe(failure)));
            } else {
                loadedAccount = account.get();
                rooms = found.stream().sorted(Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT))).toList();
                status.setText(NLS.bind(Messages.browser_count, rooms.size(), service));
            }
            show();
        }));
    }

    private void show() {
        String words = filter.getText().strip().toLowerCase(Locale.ROOT);
        shown = rooms.stream().filter(r -> words.isEmpty() || matches(r, words)).toList();
        table.setRedraw(false);
        table.removeAll();
        for (RoomInfo room : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {SafeText.oneLine(room.name(), 100), room.room(),
                    room.occupants().isPresent() ? Integer.toString(room.occupants().getAsInt()) : "",
                    room.description().map(d -> SafeText.oneLine(d, 200)).orElse("")});
        }
        table.setRedraw(true);
    }

    private static boolean matches(RoomInfo room, String words) {
        return room.name().toLowerCase(Locale.ROOT).contains(words) || room.room().contains(words)
                || room.description().filter(d -> d.toLowerCase(Locale.ROOT).contains(words)).isPresent();
    }

    @Override
    protected void buttonPressed(int id) {
        int index = table.isDisposed() ? -1 : table.getSelectionIndex();
        if ((id == JOIN_ID || id == BOOKMARK_ID) && (index < 0 || index >= shown.size())) {
            status.setText(Messages.browser_chooseFirst);
            return;
        }
        if (id == JOIN_ID) {
            RoomId room = new RoomId(loadedAccount, shown.get(index).room());
            close();
            ui.join(JoinDialog.Initial.of(room, Optional.empty()));
        } else if (id == BOOKMARK_ID) {
            RoomInfo info = shown.get(index);
            new BookmarkDialog(getShell(), ui, muc, new RoomId(loadedAccount, info.room()), Optional.of(info.name()))
                    .open();
        } else {
            super.buttonPressed(id);
        }
    }
}
