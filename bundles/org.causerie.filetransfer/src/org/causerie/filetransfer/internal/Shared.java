package org.causerie.filetransfer.internal;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import org.causerie.filetransfer.FileTransferSettings;

/**
 * What every account's transfers share: the registry and its listeners, the
 * worker threads, the settings and this client's SOCKS5 stream host.
 */
record Shared(Transfers transfers, ExecutorService workers, Supplier<FileTransferSettings> settings,
        LocalStreamHost localHost) {

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
