package org.causerie.filetransfer.ui.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.causerie.core.AccountService;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferListener;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Transfers view: every transfer of this run, newest first, with its method,
 * progress, speed and time left; cancel for a running one; resume for a file sent
 * by a stream that stopped ({@link Resumes}); the download folder.
 * Refreshed on the display thread when the service reports a change (at most a few
 * times a second while bytes move).
 */
public final class TransfersPart {

    @Inject
    @Service
    private FileTransferService service;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private AccountService accounts;

    private Display display;
    private Table table;
    private Button cancel;
    private Button resume;
    private Label folder;
    private boolean refreshQueued;
    private final TransferListener listener = new TransferListener() {
        @Override
        public void changed(TransferInfo transfer) {
            queueRefresh();
        }
    };

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(5, false));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setData(WidgetIds.KEY, WidgetIds.TRANSFERS_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        for (int i = 0; i < TransfersTable.TITLES.size(); i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(TransfersTable.TITLES.get(i));
            column.setWidth(TransfersTable.WIDTHS[i]);
        }
        table.addListener(SWT.Selection, e -> updateButtons());
        cancel = new Button(parent, SWT.PUSH);
        cancel.setText(Messages.button_cancel);
        cancel.setData(WidgetIds.KEY, WidgetIds.TRANSFERS_CANCEL);
        cancel.addListener(SWT.Selection, e -> selected().ifPresent(service::cancel));
        resume = new Button(parent, SWT.PUSH);
        resume.setText(Messages.button_resume);
        resume.setToolTipText(Messages.button_resumeTip);
        resume.setData(WidgetIds.KEY, WidgetIds.TRANSFERS_RESUME);
        resume.addListener(SWT.Selection, e -> selected().flatMap(service::transfer).flatMap(Resumes::of)
                .ifPresent(service::send));
        Button choose = new Button(parent, SWT.PUSH);
        choose.setText(Messages.button_folder);
        choose.setData(WidgetIds.KEY, WidgetIds.TRANSFERS_FOLDER);
        choose.addListener(SWT.Selection, e -> chooseFolder());
        Button settings = new Button(parent, SWT.PUSH);
        settings.setText(Messages.button_settings);
        settings.setData(WidgetIds.KEY, WidgetIds.TRANSFERS_SETTINGS);
        settings.addListener(SWT.Selection, e -> new SettingsDialog(table.getShell(), service,
                accounts == null ? List.of() : accounts.accounts()).open());
        folder = new Label(parent, SWT.NONE);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        showFolder();
        service.addTransferListener(listener);
        refresh();
    }

    @PreDestroy
    void dispose() {
        service.removeTransferListener(listener);
    }

    private void queueRefresh() {
        synchronized (this) {
            if (refreshQueued) {
                return;
            }
            refreshQueued = true;
        }
        display.asyncExec(() -> {
            synchronized (this) {
                refreshQueued = false;
            }
            refresh();
        });
    }

    void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        Optional<String> keep = selected();
        List<TransferInfo> all = service.transfers().reversed();
        Instant now = Instant.now();
        table.setRedraw(false);
        try {
            table.setItemCount(all.size());
            for (int i = 0; i < all.size(); i++) {
                TableItem item = table.getItem(i);
                TransferInfo transfer = all.get(i);
                item.setText(TransfersTable.row(transfer, now));
                item.setData(transfer.id());
                if (keep.isPresent() && keep.get().equals(transfer.id())) {
                    table.setSelection(i);
                }
            }
        } finally {
            table.setRedraw(true);
        }
        updateButtons();
    }

    private Optional<String> selected() {
        TableItem[] items = table.getSelection();
        return items.length == 0 ? Optional.empty() : Optional.ofNullable((String) items[0].getData());
    }

    private void updateButtons() {
        Optional<TransferInfo> transfer = selected().flatMap(service::transfer);
        cancel.setEnabled(transfer.filter(t -> !t.state().isFinal()).isPresent());
        resume.setEnabled(transfer.flatMap(Resumes::of).isPresent());
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(table.getShell());
        dialog.setText(Messages.folder_title);
        dialog.setFilterPath(DownloadFolder.get().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            DownloadFolder.set(Path.of(chosen));
            showFolder();
        }
    }

    private void showFolder() {
        folder.setText(NLS.bind(Messages.folder_label, DownloadFolder.get()));
    }
}
