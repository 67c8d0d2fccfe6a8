package org.causerie.filetransfer.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferState;
import org.eclipse.osgi.util.NLS;

/** The Transfers view's columns: their titles and a transfer's text in each. */
final class TransfersTable {

    static final List<String> TITLES = List.of(Messages.column_file, Messages.column_peer,
            Messages.column_direction, Messages.column_state, Messages.column_method, Messages.column_progress,
            Messages.column_speed, Messages.column_remaining);
    static final int[] WIDTHS = {150, 165, 80, 100, 95, 150, 75, 60};

    private TransfersTable() {
    }

    /** @return the row's cells, in the order of {@link #TITLES} */
    static String[] row(TransferInfo t, Instant now) {
        return new String[] {t.fileName(), t.peer(), Messages.direction(t.direction()),
            Messages.state(t.state(), t.error()), t.method().map(Messages::method).orElse(""), progress(t),
            t.transferred() > 0 ? NLS.bind(Messages.speed, Messages.size((long) t.bytesPerSecond(now))) : "",
            t.remaining(now).map(TransfersTable::duration).orElse("")};
    }

    static String progress(TransferInfo t) {
        String done = Messages.size(t.transferred());
        if (t.size().isEmpty()) {
            return done;
        }
        int percent = (int) Math.round(t.fraction().orElse(0.0) * 100);
        return percent + " % (" + done + " / " + Messages.size(t.size().getAsLong()) + ")";
    }

    static String progressText(TransferInfo t, Instant now) {
        StringBuilder text = new StringBuilder(progress(t));
        if (t.state() == TransferState.TRANSFERRING && t.transferred() > 0) {
            text.append(" · ").append(NLS.bind(Messages.speed, Messages.size((long) t.bytesPerSecond(now))));
            t.remaining(now).ifPresent(left -> text.append(" · ").append(duration(left)));
        }
        return text.toString();
    }

    /** @return "1:05:09", "4:02" or "7 s" */
    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
