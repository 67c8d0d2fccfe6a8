package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.causerie.roster.ui.internal.presence.AutoAwaySettings;
import org.causerie.roster.ui.internal.presence.IdleMachine;
import org.causerie.roster.ui.internal.presence.IdleMachine.State;
import org.junit.jupiter.api.Test;

/** The auto-away state machine on a fake clock. */
class IdleMachineTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final IdleMachine machine = new IdleMachine(new AutoAwaySettings(true, 5, 20), now::get);

    private void minutes(double m) {
        now.addAndGet((long) (m * TimeUnit.MINUTES.toMillis(1)));
    }

    @Test
    void awayThenXaThenActiveOnInput() {
        minutes(4.9);
        assertEquals(Optional.empty(), machine.tick());
        minutes(0.2);
        assertEquals(Optional.of(State.AWAY), machine.tick());
        assertEquals(Optional.empty(), machine.tick(), "told once");
        minutes(15);
        assertEquals(Optional.of(State.XA), machine.tick());
        assertEquals(Optional.of(State.ACTIVE), machine.input(), "the first input brings the user back");
        assertEquals(Optional.empty(), machine.input());
        assertEquals(State.ACTIVE, machine.state());
    }

    @Test
    void inputRestartsTheIdleTime() {
        minutes(4);
        machine.input();
        minutes(4);
        assertEquals(Optional.empty(), machine.tick());
        minutes(1.5);
        assertEquals(Optional.of(State.AWAY), machine.tick());
    }

    @Test
    void aLateTickGoesStraightToXa() {
        minutes(25);
        assertEquals(Optional.of(State.XA), machine.tick());
    }

    @Test
    void disabledNeverGoesAwayAndDisablingWhileAwayRestores() {
        minutes(6);
        assertEquals(Optional.of(State.AWAY), machine.tick());
        assertEquals(Optional.of(State.ACTIVE), machine.settings(new AutoAwaySettings(false, 5, 20)));
        minutes(60);
        assertEquals(Optional.empty(), machine.tick());
        assertEquals(Optional.empty(), machine.settings(new AutoAwaySettings(true, 1, 2)));
        assertEquals(Optional.of(State.XA), machine.tick(), "re-enabled: the idle time counts from the last input");
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new AutoAwaySettings(true, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoAwaySettings(true, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new AutoAwaySettings(true, 10, 1441));
    }
}
