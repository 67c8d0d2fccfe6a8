package org.causerie.roster.ui.internal.presence;

import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * When the user counts as idle (auto-away): away after some minutes without
 * input, extended away (xa) after more, active again at the next input. Knows
 * nothing of SWT or XMPP: it is told about input and asked on a timer, with a
 * clock that tests replace.
 */
public final class IdleMachine {

    /** Where the user stands. */
    public enum State {
        ACTIVE, AWAY, XA
    }

    private final LongSupplier clockMillis;
    private AutoAwaySettings settings;
    private long lastInput;
    private State state = State.ACTIVE;

    /**
     * @param settings when to go away and xa
     * @param clockMillis the time in milliseconds (any origin)
     */
    public IdleMachine(AutoAwaySettings settings, LongSupplier clockMillis) {
        this.settings = settings;
        this.clockMillis = clockMillis;
        this.lastInput = clockMillis.getAsLong();
    }

    /**
     * The user typed or moved the mouse. Cheap: called for every input event.
     *
     * @return {@link State#ACTIVE} when this ends an away or xa state
     */
    public Optional<State> input() {
        lastInput = clockMillis.getAsLong();
        if (state == State.ACTIVE) {
            return Optional.empty();
        }
        state = State.ACTIVE;
        return Optional.of(State.ACTIVE);
    }

    /**
     * Checks the idle time; call it on a timer.
     *
     * @return the new state when the user just became away or xa
     */
    public Optional<State> tick() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        long idle = clockMillis.getAsLong() - lastInput;
        State target = idle >= settings.xaMillis() ? State.XA
                : idle >= settings.awayMillis() ? State.AWAY : State.ACTIVE;
        if (target.ordinal() <= state.ordinal()) {
            return Optional.empty(); // only input brings the user back
        }
        state = target;
        return Optional.of(target);
    }

    /**
     * Takes new settings. Turning auto-away off while away makes the user active.
     *
     * @return {@link State#ACTIVE} when the change ended an away or xa state
     */
    public Optional<State> settings(AutoAwaySettings newSettings) {
        settings = newSettings;
        if (!newSettings.enabled() && state != State.ACTIVE) {
            state = State.ACTIVE;
            return Optional.of(State.ACTIVE);
        }
        return Optional.empty();
    }

    public State state() {
        return state;
    }
}
