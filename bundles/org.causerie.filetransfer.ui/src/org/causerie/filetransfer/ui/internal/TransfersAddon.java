package org.causerie.filetransfer.ui.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferListener;
import org.causerie.filetransfer.TransferState;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The file transfer UI's add-on (model fragment): prompts for every incoming
 * offer, and for every transfer that starts (sent from anywhere or accepted here)
 * runs a {@link TransferJob} and adds the Transfers view's tab.
 */
public final class TransfersAddon {

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    private volatile FileTransferService service;
    private volatile AccountService accounts;
    private Display display;
    private OfferFlow flow;
    private final Map<String, TransferJob> jobs = new ConcurrentHashMap<>();
    private final TransferListener listener = new TransferListener() {
        @Override
        public void offered(FileOffer offer) {
            later(() -> prompt(offer));
        }

        @Override
        public void changed(TransferInfo transfer) {
            if (transfer.state().isFinal()) {
                TransferJob job = jobs.remove(transfer.id());
                if (job != null) {
                    job.finished();
                }
            } else if (running(transfer) && !jobs.containsKey(transfer.id())) {
                later(() -> start(transfer));
            }
        }
    };

    private static boolean running(TransferInfo transfer) {
        return transfer.direction() == Direction.OUTGOING || transfer.state() != TransferState.OFFERED;
    }

    @PostConstruct
    void start() {
        display = Display.getCurrent();
        FileTransferService current = service;
        if (current != null) {
            flow = new OfferFlow(display, this::shell, current);
            current.addTransferListener(listener);
        }
    }

    @PreDestroy
    void stop() {
        setService(null);
    }

    @Inject
    void setService(@org.eclipse.e4.core.di.annotations.Optional @Service FileTransferService next) {
        FileTransferService old = service;
        if (old == next) {
            return;
        }
        if (old != null) {
            old.removeTransferListener(listener);
        }
        service = next;
        if (next != null && display != null) {
            flow = new OfferFlow(display, this::shell, next);
            next.addTransferListener(listener);
        }
    }

    @Inject
    void setAccounts(@org.eclipse.e4.core.di.annotations.Optional @Service AccountService next) {
        accounts = next;
    }

    private void later(Runnable runnable) {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }

    private void prompt(FileOffer offer) {
        FileTransferService current = service;
        if (current == null || !current.pendingOffers().contains(offer)) {
            return;
        }
        OfferFlow answering = flow;
        AccountService known = accounts;
        String account = known == null ? offer.accountId()
                : known.session(offer.accountId()).map(XmppSession::boundJid)
                        .or(() -> known.account(offer.accountId()).map(Account::jid)).orElse(offer.accountId());
        new OfferDialog(shell(), offer, account, DownloadFolder.get().toString(), choice -> answering.answer(offer,
                choice)).open();
    }

    private void start(TransferInfo transfer) {
        FileTransferService current = service;
        if (current == null || jobs.containsKey(transfer.id())
                || current.transfer(transfer.id()).map(t -> t.state().isFinal()).orElse(true)) {
            return;
        }
        TransferJob job = new TransferJob(current, transfer);
        jobs.put(transfer.id(), job);
        job.schedule();
        TransfersParts.show(application, models, false);
    }

    private Shell shell() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getWidget() instanceof Shell s ? s : display.getActiveShell();
    }
}
