package org.causerie.roster.ui.internal.presence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.causerie.core.OwnPresence;
import org.causerie.core.PresenceMode;
import org.causerie.roster.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Auto-away: watches the user's key and mouse input anywhere in the workbench
 * (display filters) and, after the configured idle minutes, sets every account
 * that shows itself online or free for chat to away, later to extended away. The
 * first input restores what each account showed before, unless the user changed
 * it meanwhile. A presence the user chose (dnd, away, invisible) is left alone.
 */
public final class AutoAway {

    private static final int[] INPUT = {SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel};
    private static final int TICK_MILLIS = 10_000;

    private final Display display;
    private final IdleMachine machine;
    private final PresenceChanger presence;
    private final Supplier<List<String>> accountIds;
    private final Runnable changed;
    private final Map<String, OwnPresence> before = new HashMap<>();
    private final Map<String, OwnPresence> set = new HashMap<>();
    private final Listener input = e -> input();
    private final Runnable tick = this::tick;

    /**
     * @param accountIds the accounts shown now (connected)
     * @param changed told (on any thread) once presences it set have been applied, to refresh the view
     *        and the presence selector
     */
    public AutoAway(Display display, IdleMachine machine, PresenceChanger presence,
            Supplier<List<String>> accountIds, Runnable changed) {
        this.display = display;
        this.machine = machine;
        this.presence = presence;
        this.accountIds = accountIds;
        this.changed = changed;
    }

    public void start() {
        for (int type : INPUT) {
            display.addFilter(type, input);
        }
        display.timerExec(TICK_MILLIS, tick);
    }

    public void stop() {
        if (display.isDisposed()) {
            return;
        }
        if (display.getThread() != Thread.currentThread()) {
            // The part can be disposed from the framework's thread when the workbench
            // bundle stops; SWT only takes filters off on the display thread.
            try {
                display.asyncExec(this::stop);
            } catch (org.eclipse.swt.SWTException e) {
                // the display went away meanwhile, and the filters with it
            }
            return;
        }
        for (int type : INPUT) {
            display.removeFilter(type, input);
        }
        display.timerExec(-1, tick);
    }

    /** Applies new settings (display thread). */
    public void settings(AutoAwaySettings settings) {
        machine.settings(settings).ifPresent(s -> restore());
    }

    private void input() {
        machine.input().ifPresent(s -> restore());
    }

    private void tick() {
        machine.tick().ifPresent(state -> idle(state == IdleMachine.State.XA ? PresenceMode.XA : PresenceMode.AWAY));
        if (!display.isDisposed()) {
            display.timerExec(TICK_MILLIS, tick);
        }
    }

    private void idle(PresenceMode mode) {
        List<CompletableFuture<Void>> applied = new ArrayList<>();
        for (String id : accountIds.get()) {
            Optional<OwnPresence> now = presence.current(id);
            boolean ours = now.isPresent() && now.get().equals(set.get(id));
            boolean online = now.map(p -> p.mode() == PresenceMode.AVAILABLE || p.mode() == PresenceMode.CHAT)
                    .orElse(false);
            if (online || ours) {
                before.putIfAbsent(id, now.get());
                OwnPresence idle = new OwnPresence(mode, Messages.presence_idleStatus, now.get().priority());
                set.put(id, idle);
                applied.add(presence.apply(id, Optional.of(idle)));
            }
        }
        refreshWhenDone(applied);
    }

    private void restore() {
        List<CompletableFuture<Void>> applied = new ArrayList<>();
        before.forEach((id, previous) -> {
            if (presence.current(id).equals(Optional.ofNullable(set.get(id)))) {
                applied.add(presence.apply(id, Optional.of(previous)));
            }
        });
        before.clear();
        set.clear();
        refreshWhenDone(applied);
    }

    /** The session takes a new presence on its own thread: the view reads it once that is done. */
    private void refreshWhenDone(List<CompletableFuture<Void>> applied) {
        CompletableFuture.allOf(applied.toArray(CompletableFuture[]::new))
                .whenComplete((ok, failure) -> changed.run());
    }
}
