package org.causerie.filetransfer.ui.internal;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.TransferInfo;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * One running transfer as an Eclipse Job: its progress, speed and time left on the
 * monitor, and the monitor's cancel cancels the transfer. A failed transfer is not
 * a program error: the job ends OK and the Transfers view shows why.
 */
public final class TransferJob extends Job {

    /** Jobs of transfers belong to this family (for tests and a progress UI). */
    public static final Object FAMILY = TransferJob.class;
    private static final int TICKS = 1000;

    private final FileTransferService service;
    private final String transferId;
    private final CompletableFuture<?> done = new CompletableFuture<>();

    TransferJob(FileTransferService service, TransferInfo transfer) {
        super(NLS.bind(transfer.direction() == Direction.OUTGOING ? Messages.job_send : Messages.job_receive,
                transfer.fileName(), transfer.peer()));
        this.service = service;
        this.transferId = transfer.id();
        setUser(true);
    }

    String transferId() {
        return transferId;
    }

    /** Told when the transfer reached a final state. */
    void finished() {
        done.complete(null);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TICKS);
        int reported = 0;
        while (true) {
            TransferInfo now = service.transfer(transferId).orElse(null);
            if (now == null || now.state().isFinal()) {
                break;
            }
            if (monitor.isCanceled()) {
                service.cancel(transferId);
                monitor.done();
                return Status.CANCEL_STATUS;
            }
            int ticks = (int) (now.fraction().orElse(0.0) * TICKS);
            if (ticks > reported) {
                monitor.worked(ticks - reported);
                reported = ticks;
            }
            monitor.subTask(TransfersTable.progressText(now, Instant.now()));
            try {
                done.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look again
            } catch (ExecutionException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        monitor.done();
        return Status.OK_STATUS;
    }
}
