package org.causerie.filetransfer.ui.internal;

import java.util.Optional;

import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.SendRequest;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;

/**
 * Resuming a file sent by a stream that stopped before the end (cancelled on
 * this side, or failed: connection lost, the peer went away): the same file is
 * offered again to the same resource with every method. A Causerie receiver (or
 * any that reads ranges, XEP-0096 §3.3) that kept the bytes answers with the
 * offset and only the rest moves. Uploads, declined and completed transfers are
 * not resumed.
 */
final class Resumes {

    private Resumes() {
    }

    /** @return the request that resumes this transfer, when it can be resumed */
    static Optional<SendRequest> of(TransferInfo transfer) {
        boolean stopped = transfer.state() == TransferState.CANCELLED || transfer.state() == TransferState.FAILED;
        boolean stream = transfer.url().isEmpty() && transfer.method().filter(TransferMethod.HTTP_UPLOAD::equals)
                .isEmpty() && transfer.peer().indexOf('/') > 0;
        if (transfer.direction() != Direction.OUTGOING || !stopped || !stream) {
            return Optional.empty();
        }
        return transfer.file().map(file -> SendRequest.of(transfer.accountId(), transfer.peer(), file));
    }
}
