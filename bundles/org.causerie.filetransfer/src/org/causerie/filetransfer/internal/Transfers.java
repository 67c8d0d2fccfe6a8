package org.causerie.filetransfer.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferListener;
import org.causerie.filetransfer.TransferState;

/**
 * Every transfer of this run and the listeners, called on one thread of their
 * own in order. Progress is posted at most every {@value #PROGRESS_MILLIS} ms
 * per transfer.
 */
final class Transfers {

    private static final Logger LOG = System.getLogger(Transfers.class.getName());
    static final long PROGRESS_MILLIS = 200;

    private final Map<String, TransferRecord> records = new LinkedHashMap<>();
    private final Map<String, Long> lastProgress = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<TransferListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "causerie-filetransfer-events");
        t.setDaemon(true);
        return t;
    });

    synchronized void add(TransferRecord record) {
        records.put(record.id, record);
        changed(record);
    }

    synchronized Optional<TransferRecord> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    synchronized List<TransferRecord> all() {
        return new ArrayList<>(records.values());
    }

    void addListener(TransferListener listener) {
        listeners.add(listener);
    }

    void removeListener(TransferListener listener) {
        listeners.remove(listener);
    }

    void offered(FileOffer offer) {
        post(l -> l.offered(offer));
    }

    void changed(TransferRecord record) {
        var snapshot = record.snapshot();
        post(l -> l.changed(snapshot));
    }

    void progress(TransferRecord record, long bytes) {
        record.progress(bytes);
        long now = System.nanoTime() / 1_000_000;
        Long last = lastProgress.get(record.id);
        if (last == null || now - last >= PROGRESS_MILLIS) {
            lastProgress.put(record.id, now);
            changed(record);
        }
    }

    /** Ends the transfer successfully. */
    void complete(TransferRecord record) {
        if (record.finish(TransferState.COMPLETED, null, null)) {
            lastProgress.remove(record.id);
            changed(record);
            record.outcome.complete(record.snapshot());
        }
    }

    /** Ends the transfer with the failure's state (declined, cancelled or failed). */
    void fail(TransferRecord record, FileTransferException failure) {
        TransferState end = switch (failure.error()) {
            case DECLINED -> TransferState.DECLINED;
            case CANCELLED -> TransferState.CANCELLED;
            default -> TransferState.FAILED;
        };
        if (record.finish(end, failure.error(), failure.getMessage())) {
            lastProgress.remove(record.id);
            changed(record);
            record.outcome.completeExceptionally(failure);
        }
    }

    static FileTransferException asFailure(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                ? e.getCause() : e;
        if (cause instanceof FileTransferException f) {
            return f;
        }
        if (cause instanceof java.io.IOException) {
            return new FileTransferException(TransferError.IO, String.valueOf(cause.getMessage()), cause);
        }
        return new FileTransferException(TransferError.IO, cause.toString(), cause);
    }

    private void post(Consumer<TransferListener> event) {
        if (events.isShutdown()) {
            return;
        }
        events.execute(() -> {
            for (TransferListener listener : listeners) {
                try {
                    event.accept(listener);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a transfer listener failed", e);
                }
            }
        });
    }

    void stop() {
        events.shutdown();
        try {
            events.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
